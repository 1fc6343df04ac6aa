package org.adsync.web.signin;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads the credential of an {@code Authorization} header: {@code Bearer} an API token, {@code Basic} a user name
 * and password (UTF-8, as the challenge announces). The decoded bytes and characters are wiped as soon as the
 * credential holds its own copy.
 */
final class AuthorizationHeader {

    private AuthorizationHeader() {
    }

    static Optional<Credential> credential(String header) {
        String value = header.strip();
        int space = value.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = value.substring(0, space);
        String rest = value.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer") && !rest.isEmpty()) {
            return Optional.of(new ApiTokenCredential(rest.toCharArray()));
        }
        return scheme.equalsIgnoreCase("Basic") ? basic(rest) : Optional.empty();
    }

    private static Optional<Credential> basic(String encoded) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        CharBuffer decodedChars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(decoded));
        char[] pair = new char[decodedChars.remaining()];
        decodedChars.get(pair);
        Arrays.fill(decoded, (byte) 0);
        Arrays.fill(decodedChars.array(), '\0');
        try {
            int colon = indexOf(pair, ':');
            if (colon < 0) {
                return Optional.empty();
            }
            char[] password = Arrays.copyOfRange(pair, colon + 1, pair.length);
            try { // Password keeps a copy of its own
                return Optional.of(new UsernamePasswordCredential(new String(pair, 0, colon), new Password(password)));
            } finally {
                Arrays.fill(password, '\0');
            }
        } finally {
            Arrays.fill(pair, '\0');
        }
    }

    private static int indexOf(char[] chars, char wanted) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
