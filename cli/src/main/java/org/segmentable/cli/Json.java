package org.segmentable.cli;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;

/**
 * Hand-written JSON in a fixed layout: {@code {"key": value, ...}} on one line, keys in the order
 * given. Values are passed already encoded ({@link #string}, {@link #array}, or a number's text).
 *
 * <p>{@code Json.object(Vector.of(Tuple.of("a", Json.string("x\"y"))))} is {@code {"a": "x\"y"}}.
 */
final class Json {

    private Json() {
    }

    /** A JSON string literal, escaping quotes, backslashes and control characters. */
    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }

    /** A JSON array of encoded values: {@code ["1/2", "3"]}. */
    static String array(Seq<String> encoded) {
        return encoded.mkString("[", ", ", "]");
    }

    /** A JSON object of (key, encoded value) pairs, in the given order. */
    static String object(Seq<Tuple2<String, String>> entries) {
        return entries.map(e -> string(e._1) + ": " + e._2).mkString("{", ", ", "}");
    }
}
