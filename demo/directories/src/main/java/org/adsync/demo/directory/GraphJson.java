package org.adsync.demo.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the few JSON shapes the Entra ID look-alike answers with; no JSON library is needed for them. */
final class GraphJson {

    private GraphJson() {
    }

    static String user(EntraUser u) {
        StringBuilder json = new StringBuilder(400).append('{');
        field(json, "id", u.id());
        field(json, "displayName", u.displayName());
        field(json, "givenName", u.givenName());
        field(json, "surname", u.surname());
        field(json, "mail", u.mail());
        field(json, "userPrincipalName", u.userPrincipalName());
        json.append("\"businessPhones\":[").append(u.businessPhone() == null ? "" : quoted(u.businessPhone()))
                .append("],");
        field(json, "mobilePhone", u.mobilePhone());
        field(json, "jobTitle", u.jobTitle());
        field(json, "department", u.department());
        field(json, "userType", u.userType());
        field(json, "onPremisesSamAccountName", u.onPremisesSamAccountName());
        json.append("\"accountEnabled\":").append(u.accountEnabled()).append('}');
        return json.toString();
    }

    /** The user with only these properties (by their Graph names) besides the id; all of them when null. */
    static String user(EntraUser u, Set<String> only) {
        if (only == null) {
            return user(u);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("displayName", u.displayName());
        values.put("givenName", u.givenName());
        values.put("surname", u.surname());
        values.put("mail", u.mail());
        values.put("userPrincipalName", u.userPrincipalName());
        values.put("mobilePhone", u.mobilePhone());
        values.put("jobTitle", u.jobTitle());
        values.put("department", u.department());
        values.put("userType", u.userType());
        values.put("onPremisesSamAccountName", u.onPremisesSamAccountName());
        StringBuilder json = new StringBuilder(200).append('{');
        field(json, "id", u.id());
        values.forEach((name, value) -> {
            if (only.contains(name)) {
                field(json, name, value);
            }
        });
        if (only.contains("businessPhones")) {
            json.append("\"businessPhones\":[").append(u.businessPhone() == null ? "" : quoted(u.businessPhone()))
                    .append("],");
        }
        if (only.contains("accountEnabled")) {
            json.append("\"accountEnabled\":").append(u.accountEnabled()).append(',');
        }
        json.setLength(json.length() - 1);
        return json.append('}').toString();
    }

    static String removed(String id) {
        return "{\"id\":" + quoted(id) + ",\"@removed\":{\"reason\":\"changed\"}}";
    }

    /** A page of a collection; the links are left out when null. */
    static String page(List<String> values, String nextLink, String deltaLink, Long count) {
        StringBuilder json = new StringBuilder(values.size() * 400 + 200).append('{');
        if (count != null) {
            json.append("\"@odata.count\":").append(count).append(',');
        }
        if (nextLink != null) {
            json.append("\"@odata.nextLink\":").append(quoted(nextLink)).append(',');
        }
        if (deltaLink != null) {
            json.append("\"@odata.deltaLink\":").append(quoted(deltaLink)).append(',');
        }
        json.append("\"value\":[").append(String.join(",", values)).append("]}");
        return json.toString();
    }

    static String error(String code, String message) {
        return "{\"error\":{\"code\":" + quoted(code) + ",\"message\":" + quoted(message) + "}}";
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":").append(value == null ? "null" : quoted(value)).append(',');
    }

    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
