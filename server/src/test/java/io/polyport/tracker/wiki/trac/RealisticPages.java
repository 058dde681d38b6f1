package io.polyport.tracker.wiki.trac;

/** Pages as people write them in Trac, for structure tests and the rendering benchmark. */
public final class RealisticPages {
    private RealisticPages() {
    }

    /** Release notes: outline, headings, lists, ticket links, a table, a citation, definitions. */
    public static String releaseNotes() {
        return """
                = Release 2.4 = #release-2.4
                [[PageOutline(2-3, Contents)]]

                Released on 2026-11-30. See milestone:2.4 and the '''full''' list in [report:1 report 1].

                == Highlights ==
                 * ''Faster'' search: queries now take half the time (#1).
                 * New wiki renderer, matching Trac's WikiFormatting (see WikiFormatting and TracLinks).
                   Pages written for Trac render as they did there.
                 * __Breaking:__ the `legacy` flag is ~~deprecated~~ removed.
                   1. Remove it from `config.yaml`.
                   1. Restart the server.

                == Fixed tickets ==
                ||= Ticket =||= Summary =||= Component =||
                || #1 || Search is slow on large wikis || search ||
                || #2 || Attachment names with spaces || wiki ||
                || ticket:3 || Dates in ''JSON-RPC'' replies || rpc ||

                == Upgrading ==
                > Back up the database first.
                >> Really: `cp polyport.db polyport.db.bak`.

                 database:: the SQLite file, see [wiki:Admin/Backup backups]
                 config:: `config.yaml`, unchanged since [milestone:2.3 2.3]

                Questions go to mailto:support@example.org or http://forum.example.org/polyport.
                ----
                ''Thanks to everyone who reported issues.'' [[BR]] -- the team
                """;
    }

    /** A how-to: numbered steps, code blocks in languages, a processor table, an image, macros. */
    public static String howTo() {
        return """
                = Deploying Polyport =
                [[TOC]]

                == Prerequisites ==
                You need Java 17 and a reverse proxy. Check with:
                {{{#!sh
                java -version
                curl -I http://localhost:8080/rpc
                }}}

                == Steps ==
                 1. Download the release from [http://downloads.example.org/polyport/ the download page].
                 1. Write `polyport.yaml`:
                    {{{#!yaml
                    server:
                      port: 8080
                    wiki:
                      defaultFormat: trac
                    }}}
                 1. Start it: `java -jar polyport.jar serve`.

                == Reverse proxy ==
                {{{#!table class="listing"
                {{{#!tr
                {{{#!th
                Setting
                }}}
                {{{#!th
                Value
                }}}
                }}}
                {{{#!tr
                {{{#!td
                `ProxyPass`
                }}}
                {{{#!td
                '''/rpc''' to `http://127.0.0.1:8080/rpc`
                }}}
                }}}
                }}}

                {{{#!div class="important" style="border: 1px solid #c00; padding: 0.5em"
                '''Note:''' keep `/login/rpc` behind TLS.
                }}}

                [[Image(architecture.png, 400px, right)]]
                == Calling it from Python ==
                {{{#!python
                import xmlrpc.client
                server = xmlrpc.client.ServerProxy("https://user:pw@tracker.example/login/xmlrpc")
                for page in server.wiki.getAllPages():
                    print(page)
                }}}

                {{{#!comment
                TODO: describe the Windows service wrapper.
                }}}
                Pages: [[TitleIndex(Deploy)]]
                """;
    }
}
