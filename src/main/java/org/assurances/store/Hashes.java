package org.assurances.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex: a fact set's hash, a report's key. */
public final class Hashes {
    private Hashes() {}

    /** A fact set's hash: SHA-256 of its JSON as {@code json} writes it (posted order, no whitespace). */
    public static String of(com.fasterxml.jackson.databind.ObjectMapper json, org.assurances.facts.FactSet factSet) {
        try {
            return sha256(json.writeValueAsBytes(factSet));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a fact set", e);
        }
    }

    public static String sha256(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    sha.update((byte) 0);
                }
                sha.update(parts[i]);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
