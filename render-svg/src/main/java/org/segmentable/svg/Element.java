package org.segmentable.svg;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.util.Objects;

/**
 * An immutable XML element: a name, attributes in insertion order, child elements and text.
 * Writing is deterministic: the same tree always gives the same bytes.
 *
 * <p>{@code Element.of("rect").attr("width", "10").write()} is {@code "<rect width=\"10\"/>\n"}.
 *
 * @param name the tag name, not null
 * @param attributes the attributes, in the order they are written
 * @param children the child elements, in order
 * @param text the text content (escaped when written), possibly empty
 */
public record Element(String name, Vector<Tuple2<String, String>> attributes, Vector<Element> children, String text) {

    /**
     * Checks nulls; use {@link #of}.
     *
     * @param name the tag name, not null
     * @param attributes the attributes, in the order they are written
     * @param children the child elements, in order
     * @param text the text content (escaped when written), possibly empty
     * @throws NullPointerException if a component is null
     */
    public Element {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(attributes, "attributes is null");
        Objects.requireNonNull(children, "children is null");
        Objects.requireNonNull(text, "text is null");
    }

    /**
     * An empty element.
     *
     * <p>{@code Element.of("g")} writes {@code <g/>}.
     *
     * @param name the tag name, not null
     * @return the element
     */
    public static Element of(String name) {
        return new Element(name, Vector.empty(), Vector.empty(), "");
    }

    /**
     * This element with one more attribute.
     *
     * <p>{@code Element.of("g").attr("id", "dim-0")} writes {@code <g id="dim-0"/>}.
     *
     * @param key the attribute name, not null
     * @param value the value (escaped when written), not null
     * @return the new element
     */
    public Element attr(String key, String value) {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(value, "value is null");
        return new Element(name, attributes.append(Tuple.of(key, value)), children, text);
    }

    /**
     * This element with one more child.
     *
     * @param child the child, not null
     * @return the new element
     */
    public Element child(Element child) {
        Objects.requireNonNull(child, "child is null");
        return new Element(name, attributes, children.append(child), text);
    }

    /**
     * This element with more children, appended in order.
     *
     * @param more the children, not null
     * @return the new element
     */
    public Element children(Iterable<Element> more) {
        Objects.requireNonNull(more, "more is null");
        return new Element(name, attributes, children.appendAll(more), text);
    }

    /**
     * This element with the given text content.
     *
     * <p>{@code Element.of("text").text("a<b")} writes {@code <text>a&lt;b</text>}.
     *
     * @param content the text, not null
     * @return the new element
     */
    public Element text(String content) {
        Objects.requireNonNull(content, "content is null");
        return new Element(name, attributes, children, content);
    }

    /**
     * Writes the element and its subtree, two spaces of indentation per level, one element per line.
     *
     * @return the XML text, ending with a newline
     */
    public String write() {
        StringBuilder sb = new StringBuilder();
        write(sb, 0);
        return sb.toString();
    }

    private void write(StringBuilder sb, int depth) {
        sb.append("  ".repeat(depth)).append('<').append(name);
        for (Tuple2<String, String> a : attributes) {
            sb.append(' ').append(a._1).append("=\"").append(escape(a._2)).append('"');
        }
        if (children.isEmpty() && text.isEmpty()) {
            sb.append("/>\n");
            return;
        }
        sb.append('>');
        sb.append(escape(text));
        if (!children.isEmpty()) {
            sb.append('\n');
            for (Element c : children) {
                c.write(sb, depth + 1);
            }
            sb.append("  ".repeat(depth));
        }
        sb.append("</").append(name).append(">\n");
    }

    /**
     * Escapes XML special characters for text and attribute values.
     *
     * <p>{@code Element.escape("a<&\"b")} is {@code "a&lt;&amp;&quot;b"}.
     *
     * @param s the raw text, not null
     * @return the escaped text
     */
    public static String escape(String s) {
        Objects.requireNonNull(s, "s is null");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        sb.append(' '); // not allowed in XML 1.0
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
