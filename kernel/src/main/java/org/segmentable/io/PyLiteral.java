package org.segmentable.io;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.math.BigInteger;

/**
 * A parser of the small subset of Python literals that NumPy writes in a {@code .npy} header:
 * dicts, tuples, lists, quoted strings, integers, {@code True}, {@code False} and {@code None}.
 * Results are vavr values: {@link Map} (string keys), {@link Vector}, {@link String},
 * {@link BigInteger}, {@link Boolean}, and {@link #NONE}. Nesting is bounded, so any input is
 * parsed or rejected in time linear in its length.
 *
 * <p>{@code PyLiteral.parse("{'shape': (3, 2), }")} is {@code Right({shape=[3, 2]})}.
 */
final class PyLiteral {

    /** Python's {@code None}. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    private static final int MAX_DEPTH = 16;

    private final String text;
    private int pos;

    private PyLiteral(String text) {
        this.text = text;
    }

    /**
     * Parses one literal, surrounded by optional whitespace.
     *
     * @param text the literal, not null
     * @return the value, or a message with the character position of the problem
     */
    static Either<String, Object> parse(String text) {
        PyLiteral p = new PyLiteral(text);
        Either<String, Object> v = p.value(0);
        if (v.isRight()) {
            p.skipSpace();
            if (p.pos != text.length()) {
                return Either.left(p.error("unexpected text after the literal"));
            }
        }
        return v;
    }

    /**
     * A parsed value written back as Python would, cut to a readable length; {@code null} (a
     * missing key) is {@code "nothing"}.
     */
    static String repr(Object value) {
        String text = reprFull(value);
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static String reprFull(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String) {
            return "'" + value + "'";
        }
        if (value instanceof Boolean) {
            return (Boolean) value ? "True" : "False";
        }
        if (value instanceof Vector) {
            Vector<?> items = (Vector<?>) value;
            return items.size() == 1 ? "(" + reprFull(items.head()) + ",)" : items.map(PyLiteral::reprFull).mkString("(", ", ", ")");
        }
        if (value instanceof Map) {
            return ((Map<?, ?>) value).map(t -> reprFull(t._1) + ": " + reprFull(t._2)).mkString("{", ", ", "}");
        }
        return String.valueOf(value);
    }

    private String error(String what) {
        return what + " at character " + pos;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private Either<String, Object> value(int depth) {
        if (depth > MAX_DEPTH) {
            return Either.left(error("nested too deeply"));
        }
        skipSpace();
        if (pos >= text.length()) {
            return Either.left(error("unexpected end"));
        }
        char c = text.charAt(pos);
        if (c == '{') {
            return dict(depth);
        }
        if (c == '(' || c == '[') {
            return sequence(depth, c == '(' ? ')' : ']');
        }
        if (c == '\'' || c == '"') {
            return string();
        }
        if (c == '-' || c == '+' || isDigit(c)) {
            return integer();
        }
        for (String word : new String[] {"True", "False", "None"}) {
            if (text.startsWith(word, pos)) {
                pos += word.length();
                return Either.right(word.equals("None") ? NONE : Boolean.valueOf(word.equals("True")));
            }
        }
        return Either.left(error("unexpected character '" + c + "'"));
    }

    private Either<String, Object> dict(int depth) {
        pos++; // {
        Map<String, Object> map = LinkedHashMap.empty();
        while (true) {
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == '}') {
                pos++;
                return Either.right(map);
            }
            Either<String, Object> key = value(depth + 1);
            if (key.isLeft()) {
                return key;
            }
            if (!(key.get() instanceof String)) {
                return Either.left(error("dict key is not a string"));
            }
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != ':') {
                return Either.left(error("expected ':'"));
            }
            pos++;
            Either<String, Object> val = value(depth + 1);
            if (val.isLeft()) {
                return val;
            }
            if (map.containsKey((String) key.get())) {
                return Either.left(error("duplicate key '" + key.get() + "'"));
            }
            map = map.put((String) key.get(), val.get());
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos >= text.length() || text.charAt(pos) != '}') {
                return Either.left(error("expected ',' or '}'"));
            }
        }
    }

    private Either<String, Object> sequence(int depth, char close) {
        pos++; // ( or [
        Vector<Object> items = Vector.empty();
        while (true) {
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == close) {
                pos++;
                return Either.right(items);
            }
            Either<String, Object> item = value(depth + 1);
            if (item.isLeft()) {
                return item;
            }
            items = items.append(item.get());
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos >= text.length() || text.charAt(pos) != close) {
                return Either.left(error("expected ',' or '" + close + "'"));
            }
        }
    }

    private Either<String, Object> string() {
        char quote = text.charAt(pos++);
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return Either.right(sb.toString());
            }
            if (c == '\\') {
                if (pos >= text.length()) {
                    break;
                }
                c = text.charAt(pos++);
            }
            sb.append(c);
        }
        return Either.left(error("unterminated string"));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Either<String, Object> integer() {
        int start = pos;
        if (text.charAt(pos) == '-' || text.charAt(pos) == '+') {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && isDigit(text.charAt(pos)) && pos - digits < 40) {
            pos++;
        }
        if (pos == digits) {
            return Either.left(error("expected digits"));
        }
        if (pos < text.length() && isDigit(text.charAt(pos))) {
            return Either.left(error("integer too long"));
        }
        if (pos < text.length() && text.charAt(pos) == 'L') {
            pos++; // Python 2 long suffix, written by old NumPy
            return Either.right(new BigInteger(text.substring(start, pos - 1)));
        }
        return Either.right(new BigInteger(text.substring(start, pos)));
    }
}
