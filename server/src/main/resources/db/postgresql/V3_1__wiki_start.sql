-- The page a fresh database starts with: where Polyport's RPC endpoints are and how to call them.
INSERT INTO wiki (name, version, time, author, text, comment, readonly) VALUES ('WikiStart', 1,
CAST(floor(EXTRACT(EPOCH FROM now())) AS BIGINT) * 1000000, 'polyport',
'# Welcome to Polyport

Polyport is a remote procedure call gateway for this tracker. It speaks the API of Trac''s XML-RPC plugin, so
scripts written for Trac work unchanged: tickets, this wiki and search are all reachable over XML-RPC and JSON-RPC.

## RPC endpoints

| Path | Protocol | Who may call |
|---|---|---|
| `/rpc` | XML-RPC for `Content-Type: text/xml` or `application/xml`, JSON-RPC for `application/json` | anyone |
| `/xmlrpc` | XML-RPC | anyone |
| `/jsonrpc` | JSON-RPC | anyone |
| `/login/rpc` | as `/rpc` | authenticated callers only |
| `/login/xmlrpc` | XML-RPC | authenticated callers only |
| `/login/jsonrpc` | JSON-RPC | authenticated callers only |

The `/login/...` forms demand credentials (HTTP Basic, or a Bearer API token) and answer `401` without them; the
others treat the caller as anonymous. Every caller needs the `XML_RPC` permission, plus the permission each method
declares (for example `WIKI_VIEW` to read this page). Opening `/rpc` in a browser lists the methods you may call.

## Examples

XML-RPC from Python:

```python
import xmlrpc.client
server = xmlrpc.client.ServerProxy("http://user:password@localhost:8080/login/xmlrpc")
print(server.wiki.getPage("WikiStart"))
```

JSON-RPC with curl:

```sh
curl -u user:password -H "Content-Type: application/json" \
     -d ''{"method": "wiki.getPage", "params": ["WikiStart"], "id": 1}'' \
     http://localhost:8080/login/jsonrpc
```

Date-times travel as `{"__jsonclass__": ["datetime", "2024-05-01T12:00:00"]}` and binary data as
`{"__jsonclass__": ["binary", "<base64>"]}` in JSON-RPC, and as `dateTime.iso8601` and `base64` in XML-RPC.

## Writing pages

Pages are written in Markdown (!CommonMark with tables). `#123` links to ticket 123; `wiki:PageName` and words in
!CamelCase such as WikiStart link to pages; put `!` before such a word to keep it plain text.
', 'Created with the database', FALSE);
