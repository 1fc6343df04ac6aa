package org.adsync.directory.graph;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.microsoft.graph.models.User;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Graph's delta says that a property was cleared in Entra ID by sending it as null, but the SDK's JSON parser skips
 * nulls: parsed, a cleared property looks like one the entry does not carry, which stays as stored. This interceptor
 * names each entry's null properties under {@value #CLEARED} (comma-separated: property names hold
 * no commas) before the SDK parses a delta page; the parser keeps that
 * unknown key as the user's additional data, where {@link GraphUserMapper} reads it.
 */
final class ClearedProperties implements Interceptor {

    static final String CLEARED = "@adsync.cleared";

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        if (!deltaPage(chain.request()) || !response.isSuccessful() || body == null) {
            return response;
        }
        String json = body.string();
        return response.newBuilder().body(ResponseBody.create(marked(json), body.contentType())).build();
    }

    /** The users delta's first request, its next links and its delta links all end in delta() or delta. */
    private static boolean deltaPage(Request request) {
        List<String> segments = request.url().pathSegments();
        String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        return last.equals("delta()") || last.equals("delta");
    }

    /** The page with each entry's null properties named; unchanged when none has any, or when it is not JSON. */
    static String marked(String page) {
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseString(page);
            if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("value")
                    || !parsed.getAsJsonObject().get("value").isJsonArray()) {
                return page;
            }
            root = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            return page; // the SDK's parser says what is wrong with it
        }
        boolean any = false;
        for (JsonElement entry : root.getAsJsonArray("value")) {
            if (!entry.isJsonObject()) {
                continue;
            }
            StringJoiner cleared = new StringJoiner(",");
            for (Map.Entry<String, JsonElement> property : entry.getAsJsonObject().entrySet()) {
                if (property.getValue().isJsonNull()) {
                    cleared.add(property.getKey());
                }
            }
            if (cleared.length() > 0) {
                entry.getAsJsonObject().addProperty(CLEARED, cleared.toString());
                any = true;
            }
        }
        return any ? root.toString() : page;
    }

    /** The properties the user's entry sent as null. */
    static Set<String> of(User user) {
        Map<String, Object> additional = user.getAdditionalData();
        Object cleared = additional == null ? null : additional.get(CLEARED);
        return cleared instanceof String names ? Set.of(names.split(",")) : Set.of();
    }
}
