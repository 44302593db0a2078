// Package warc reads Web ARChive files (ISO 28500, WARC 1.0 and 1.1), plain
// or gzip-compressed one record per member as Common Crawl writes them, and
// gives the HTML pages of their response records.
//
// It reads sequentially and holds one record at a time: a Reader's memory
// does not grow with the archive. Record bodies larger than the limit given
// to NewReader are skipped with an error for that record only.
package warc
