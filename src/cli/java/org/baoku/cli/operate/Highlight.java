package org.baoku.cli.operate;

/**
 * How a search snippet's matches are marked on a terminal. The API sends snippets as HTML-escaped text
 * whose only markup is {@code <em>…</em>}; a terminal shows neither tags nor entities, so the tags
 * become bold (ANSI) on a terminal and 【…】 elsewhere — in a pipe or a log, escape codes would be
 * noise, and 【】 is what a Chinese reader takes for emphasis.
 */
public enum Highlight {

    BRACKETS("【", "】"),
    BOLD("\u001b[1m", "\u001b[22m");

    private final String open;
    private final String close;

    Highlight(String open, String close) {
        this.open = open;
        this.close = close;
    }

    /** Bold when the output is a terminal, unless {@code NO_COLOR} is set (no-color.org). */
    static Highlight forOutput(Environment environment) {
        return environment.terminal() != null && environment.get("NO_COLOR") == null ? BOLD : BRACKETS;
    }

    /** The snippet as plain text, its matches marked. */
    public String snippet(String html) {
        return unescape(html.replace("<em>", open).replace("</em>", close));
    }

    /** The entities an HTML escaper writes; after the tags are replaced, so an escaped {@code &lt;em&gt;} stays text. */
    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semicolon = c == '&' ? text.indexOf(';', i) : -1;
            String entity = semicolon > i && semicolon - i <= 10 ? text.substring(i + 1, semicolon) : null;
            String replacement = entity == null ? null : entity(entity);
            if (replacement != null) {
                plain.append(replacement);
                i = semicolon + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        return plain.toString();
    }

    private static String entity(String name) {
        switch (name) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "quot": return "\"";
            case "apos": return "'";
            default:
                break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null; // not a number, or not a code point: leave the text as it is
        }
        return null;
    }
}
