package article

import (
	"net/url"
	"slices"
	"strings"
)

// embedURL is a parsed address of an embedded post or player, its host
// lower-cased and without "www.", "m." or "mobile.".
type embedURL struct {
	u    *url.URL
	host string
	segs []string
}

// parseEmbedURL parses raw, resolving it against base when it is relative.
// It accepts http(s) addresses only.
func parseEmbedURL(raw, base string) (embedURL, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" || raw[0] == '#' {
		return embedURL{}, false // the page itself, resolved against its own address
	}
	if strings.HasPrefix(raw, "//") {
		raw = "https:" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return embedURL{}, false
	}
	if !u.IsAbs() && base != "" {
		if b, err := url.Parse(base); err == nil {
			u = b.ResolveReference(u)
		}
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return embedURL{}, false
	}
	host := strings.ToLower(u.Hostname())
	for _, p := range []string{"www.", "mobile.", "m."} {
		host = strings.TrimPrefix(host, p)
	}
	return embedURL{u: u, host: host, segs: pathSegments(u.Path)}, true
}

// pathSegments splits a URL path into its non-empty segments.
func pathSegments(p string) []string {
	var out []string
	for _, s := range strings.Split(p, "/") {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// seg returns the i-th path segment, or "".
func (e embedURL) seg(i int) string {
	if i < len(e.segs) {
		return e.segs[i]
	}
	return ""
}

// clean returns the URL without its query and fragment.
func (e embedURL) clean() string {
	u := *e.u
	u.RawQuery, u.Fragment, u.Scheme = "", "", "https"
	return u.String()
}

// embedFromURL returns the Embed an address of a known service stands for:
// a post (tweet, Instagram, TikTok, Bluesky, Threads, Facebook), a video
// (YouTube, Dailymotion, Vimeo) or a known player (EmbedOther). Embed
// addresses ("/embed", player pages) are turned into the post's own URL.
func embedFromURL(raw, base string) (Embed, bool) {
	e, ok := parseEmbedURL(raw, base)
	if !ok {
		return Embed{}, false
	}
	for _, f := range urlKinds {
		if out, ok := f(e); ok {
			return out, true
		}
	}
	return Embed{}, false
}

// urlKinds are the recognisers embedFromURL tries in turn.
var urlKinds = []func(embedURL) (Embed, bool){
	tweetURL, instagramURL, youTubeURL, tikTokURL, blueskyURL, threadsURL,
	facebookURL, videoPlayerURL, otherPlayerURL,
}

var (
	statusIDRE = lazyRegexp(`^[0-9]{1,25}$`)
	handleRE   = lazyRegexp(`^[A-Za-z0-9_]{1,15}$`)
)

// tweetURL recognises twitter.com and x.com status addresses and the
// platform.twitter.com embed page.
func tweetURL(e embedURL) (Embed, bool) {
	switch e.host {
	case "twitter.com", "x.com":
	case "platform.twitter.com", "platform.x.com":
		if id := e.u.Query().Get("id"); statusIDRE().MatchString(id) {
			return Embed{Kind: EmbedTweet, URL: "https://twitter.com/i/status/" + id}, true
		}
		return Embed{}, false
	default:
		return Embed{}, false
	}
	for i := 0; i+1 < len(e.segs); i++ {
		if (e.segs[i] == "status" || e.segs[i] == "statuses") && statusIDRE().MatchString(e.segs[i+1]) {
			return tweetAt(e, i), true
		}
	}
	return Embed{}, false
}

// tweetAt builds the tweet whose "status" segment is e.segs[i].
func tweetAt(e embedURL, i int) Embed {
	out := Embed{Kind: EmbedTweet}
	handle := "i"
	if i == 1 && handleRE().MatchString(e.segs[0]) && e.segs[0] != "i" {
		handle = e.segs[0]
		out.Handle = handle
	}
	out.URL = "https://" + e.host + "/" + handle + "/status/" + e.segs[i+1]
	return out
}

// TweetStatusID returns the status ID of a tweet's address (twitter.com or
// x.com), or "" when u is not one.
func TweetStatusID(u string) string {
	e, ok := embedFromURL(u, "")
	if !ok || e.Kind != EmbedTweet {
		return ""
	}
	return e.URL[strings.LastIndexByte(e.URL, '/')+1:]
}

var instagramHandleRE = lazyRegexp(`^[A-Za-z0-9_.]{1,30}$`)

// instagramURL recognises instagram.com posts, reels and their /embed pages.
func instagramURL(e embedURL) (Embed, bool) {
	if e.host != "instagram.com" && e.host != "instagr.am" {
		return Embed{}, false
	}
	for i := 0; i+1 < len(e.segs); i++ {
		switch e.segs[i] {
		case "p", "reel", "reels", "tv":
			out := Embed{Kind: EmbedInstagram, URL: "https://www.instagram.com/" + e.segs[i] + "/" + e.segs[i+1] + "/"}
			if i == 1 && instagramHandleRE().MatchString(e.segs[0]) {
				out.Handle = e.segs[0]
			}
			return out, true
		}
	}
	return Embed{}, false
}

var youTubeIDRE = lazyRegexp(`^[A-Za-z0-9_-]{6,20}$`)

// youTubeURL recognises YouTube watch, short, live, embed (also
// youtube-nocookie.com) and youtu.be addresses.
func youTubeURL(e embedURL) (Embed, bool) {
	id := ""
	switch e.host {
	case "youtu.be":
		id = e.seg(0)
	case "youtube.com", "youtube-nocookie.com", "music.youtube.com":
		switch e.seg(0) {
		case "watch":
			id = e.u.Query().Get("v")
		case "embed", "shorts", "live", "v", "e":
			id = e.seg(1)
			if id == "videoseries" {
				return youTubePlaylist(e)
			}
		}
	}
	if !youTubeIDRE().MatchString(id) {
		return Embed{}, false
	}
	return Embed{Kind: EmbedYouTube, URL: "https://www.youtube.com/watch?v=" + id}, true
}

// youTubePlaylist returns the playlist an embedded "videoseries" plays.
func youTubePlaylist(e embedURL) (Embed, bool) {
	list := e.u.Query().Get("list")
	if list == "" {
		return Embed{}, false
	}
	return Embed{Kind: EmbedYouTube, URL: "https://www.youtube.com/playlist?list=" + url.QueryEscape(list)}, true
}

// tikTokURL recognises tiktok.com videos (/@handle/video/ID) and the
// /embed player.
func tikTokURL(e embedURL) (Embed, bool) {
	if e.host != "tiktok.com" {
		return Embed{}, false
	}
	if h := e.seg(0); strings.HasPrefix(h, "@") && e.seg(1) == "video" && statusIDRE().MatchString(e.seg(2)) {
		return Embed{Kind: EmbedTikTok, URL: "https://www.tiktok.com/" + h + "/video/" + e.seg(2), Handle: h[1:]}, true
	}
	last := e.seg(len(e.segs) - 1)
	if e.seg(0) == "embed" && statusIDRE().MatchString(last) {
		return Embed{Kind: EmbedTikTok, URL: "https://www.tiktok.com/embed/v2/" + last}, true
	}
	return Embed{}, false
}

// blueskyURL recognises bsky.app posts.
func blueskyURL(e embedURL) (Embed, bool) {
	if e.host != "bsky.app" || e.seg(0) != "profile" || e.seg(2) != "post" || e.seg(3) == "" {
		return Embed{}, false
	}
	out := Embed{Kind: EmbedBluesky, URL: e.clean()}
	if h := e.seg(1); !strings.HasPrefix(h, "did:") {
		out.Handle = h
	}
	return out, true
}

// threadsURL recognises threads.net and threads.com posts.
func threadsURL(e embedURL) (Embed, bool) {
	if e.host != "threads.net" && e.host != "threads.com" {
		return Embed{}, false
	}
	h := e.seg(0)
	if !strings.HasPrefix(h, "@") || e.seg(1) != "post" || e.seg(2) == "" {
		return Embed{}, false
	}
	return Embed{Kind: EmbedThreads, URL: "https://www.threads.net/" + h + "/post/" + e.seg(2), Handle: h[1:]}, true
}

// facebookURL recognises Facebook posts, videos and photos, and the
// plugins pages (post.php, video.php, with or without a version segment)
// that embed them. Pages and profiles, and the page plugin (a "like box"),
// are not posts.
func facebookURL(e embedURL) (Embed, bool) {
	if !facebookHost(e.host) {
		return Embed{}, false
	}
	if i := slices.Index(e.segs, "plugins"); i >= 0 {
		switch e.seg(i + 1) {
		case "post.php", "video.php", "comment_embed.php":
			return facebookPost(e.u.Query().Get("href"))
		}
		return Embed{}, false
	}
	return facebookPost(e.u.String())
}

// facebookHost reports whether host is Facebook's.
func facebookHost(host string) bool {
	return host == "facebook.com" || host == "fb.watch" || host == "fb.com" || host == "web.facebook.com"
}

// facebookPostSegs are the path segments that make a Facebook address a
// post's (or a video's, a photo's) rather than a page's.
var facebookPostSegs = []string{"posts", "videos", "photos", "photo", "permalink.php", "story.php", "watch", "reel", "share", "photo.php", "video.php"}

// facebookPost returns the Facebook post at raw, with the page name as
// its Handle when the address gives it.
func facebookPost(raw string) (Embed, bool) {
	e, ok := parseEmbedURL(raw, "")
	if !ok || !facebookHost(e.host) || len(e.segs) == 0 {
		return Embed{}, false
	}
	if e.host != "fb.watch" && !slices.ContainsFunc(e.segs, func(s string) bool { return slices.Contains(facebookPostSegs, s) }) {
		return Embed{}, false
	}
	out := Embed{Kind: EmbedFacebook, URL: e.clean()}
	if e.u.RawQuery != "" && strings.HasSuffix(e.seg(len(e.segs)-1), ".php") || e.seg(0) == "watch" {
		out.URL = e.u.String()
	}
	switch e.seg(1) {
	case "posts", "videos", "photos", "reel":
		out.Handle = e.seg(0)
	}
	return out, true
}

// videoPlayerURL recognises the Dailymotion and Vimeo players and pages.
func videoPlayerURL(e embedURL) (Embed, bool) {
	switch e.host {
	case "dailymotion.com", "geo.dailymotion.com", "dai.ly":
		if id := dailymotionID(e); id != "" {
			return Embed{Kind: EmbedVideo, URL: "https://www.dailymotion.com/video/" + id}, true
		}
	case "vimeo.com", "player.vimeo.com":
		for _, s := range e.segs {
			if statusIDRE().MatchString(s) {
				return Embed{Kind: EmbedVideo, URL: "https://vimeo.com/" + s}, true
			}
		}
	}
	return Embed{}, false
}

// dailymotionID returns the video ID of a Dailymotion address, or "".
func dailymotionID(e embedURL) string {
	if e.host == "dai.ly" {
		return e.seg(0)
	}
	if v := e.u.Query().Get("video"); v != "" {
		return v
	}
	for i, s := range e.segs {
		if s == "video" && i+1 < len(e.segs) {
			return strings.SplitN(e.segs[i+1], "_", 2)[0]
		}
	}
	return ""
}

// otherPlayers are hosts of embedded players, charts and maps kept as
// EmbedOther.
var otherPlayers = map[string]bool{
	"open.spotify.com": true, "w.soundcloud.com": true, "soundcloud.com": true,
	"embed.podcasts.apple.com": true, "podcasts.apple.com": true, "datawrapper.dwcdn.net": true,
	"flo.uri.sh": true, "public.flourish.studio": true, "player.acast.com": true,
	"embed.acast.com": true, "ausha.co": true, "player.ausha.co": true, "widget.deezer.com": true,
	"infogram.com": true, "e.infogram.com": true, "twitch.tv": true, "player.twitch.tv": true,
	"arte.tv": true, "player.vimeo.com": true, "reddit.com": true, "embed.reddit.com": true,
	"redditmedia.com": true, "linkedin.com": true, "pinterest.com": true, "giphy.com": true,
}

// otherPlayerURL recognises the players of otherPlayers.
func otherPlayerURL(e embedURL) (Embed, bool) {
	if !otherPlayers[e.host] {
		return Embed{}, false
	}
	if e.host == "open.spotify.com" && e.seg(0) == "embed" {
		return Embed{Kind: EmbedOther, URL: "https://open.spotify.com/" + strings.Join(e.segs[1:], "/")}, true
	}
	return Embed{Kind: EmbedOther, URL: e.u.String()}, true
}

var mastodonPathRE = lazyRegexp(`^/@([A-Za-z0-9_]{1,30})/([0-9]{1,25})(?:/embed)?/?$`)

// mastodonURL recognises a Mastodon post address (/@user/ID, on any
// host), with or without its /embed suffix. Since any host may run
// Mastodon, it is only tried where the markup says Mastodon.
func mastodonURL(raw, base string) (Embed, bool) {
	e, ok := parseEmbedURL(raw, base)
	if !ok {
		return Embed{}, false
	}
	m := mastodonPathRE().FindStringSubmatch(e.u.Path)
	if m == nil {
		return Embed{}, false
	}
	return Embed{
		Kind: EmbedMastodon, URL: "https://" + e.u.Host + "/@" + m[1] + "/" + m[2],
		Handle: m[1] + "@" + e.u.Host,
	}, true
}
