package io.polyport.plugins.patchwork.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes two XML-RPC responses about the same data comparable: the times checks were created at (base64
 * date-times of this year or with microseconds) and the numbers of user accounts, which differ between servers.
 */
public final class WireMasks {
    private static final Pattern BASE64 = Pattern.compile("<base64>\n([A-Za-z0-9+/=\n]*)</base64>");
    private static final Pattern ACCOUNT_ID =
            Pattern.compile("(<name>(?:user_id|delegate_id)</name>\n<value><int>)([1-9][0-9]*)(</int>)");
    private static final Pattern RECENT_TIME =
            Pattern.compile("^(20[2-9][5-9]|20[3-9][0-9])-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)?$|"
                    + "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+$");

    private WireMasks() {
    }

    public static String mask(String xml) {
        Matcher base64 = BASE64.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (base64.find()) {
            String decoded = new String(Base64.getMimeDecoder().decode(base64.group(1)), StandardCharsets.UTF_8);
            base64.appendReplacement(out, RECENT_TIME.matcher(decoded).matches()
                    ? "<base64>TIME</base64>" : Matcher.quoteReplacement(base64.group()));
        }
        base64.appendTail(out);
        return ACCOUNT_ID.matcher(out.toString()).replaceAll("$1ACCOUNT$3");
    }
}
