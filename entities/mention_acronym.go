package entities

// Pages on technology and health write common nouns as acronyms that
// the tagger reads as organisations: "The LCD is not included", "media,
// entertainment, SaaS", "your DVR library". Like the months and "CEO"
// of the gazetteer's non-names, they are never a name alone. They are
// kept out of the gazetteer, whose classes the model reads.

// nounAcronyms are acronyms that stand for common nouns: devices,
// computing terms, health terms, and the German for AI, GMO, car and
// lorry.
var nounAcronyms = map[string]bool{
	"LCD": true, "LED": true, "OLED": true, "DVR": true, "SaaS": true, "PaaS": true, "IaaS": true,
	"DNS": true, "URL": true, "URLs": true, "CPU": true, "GPU": true, "SSD": true,
	"VPN": true, "LM": true, "LMs": true, "KI": true, "GVO": true,
	"CPUs": true, "GPUs": true, "RAM": true, "OS": true, "IP": true, "IoT": true, "UI": true,
	"UX": true, "CLI": true, "IDE": true, "SDK": true, "SDKs": true, "VM": true, "NLP": true,
	"QA": true, "HD": true, "DSLR": true, "CCTV": true, "PVC": true, "HVAC": true,
	"ADHD": true, "PTSD": true, "NFTs": true, "FAQs": true, "PKW": true, "LKW": true,
}

// businessAcronyms are the acronyms of marketing and management that
// pages about business write as nouns ("a strong ROI", "your SEO", "B2B
// sales", "a clear CTA").
var businessAcronyms = map[string]bool{
	"SEO": true, "SERP": true, "ROI": true, "CRM": true, "ERP": true, "KPIs": true, "B2B": true,
	"B2C": true, "DIY": true, "PPC": true, "CPC": true, "CPM": true, "CTR": true, "CTA": true,
	"CTAs": true, "CAGR": true, "SLA": true, "SLAs": true, "SDLC": true, "VIP": true, "ASAP": true,
	"FYI": true,
}

// roleAcronyms are the acronyms of job titles besides those of the
// gazetteer (CEO, CFO, CTO, COO): a role, never a name alone.
var roleAcronyms = map[string]bool{
	"EVP": true, "SVP": true, "VP": true, "CMO": true, "CIO": true, "CISO": true, "CPO": true,
	"CCO": true,
}

// nonName reports whether w is never a name alone: a gazetteer non-name,
// or an acronym of a noun, of business or of a role.
func (t *Tagger) nonName(w string) bool {
	return nounAcronyms[w] || businessAcronyms[w] || roleAcronyms[w] || t.gaz.wordOf(w)&gNotName != 0
}
