package org.communityjourneys.discussion.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityjourneys.shared.domain.Refused;

/**
 * A comment is plain text: never HTML. What is stored is the text as typed, with line ends made
 * one kind, control characters taken out and runs of blank lines cut to one; what is shown is that
 * text in pieces, the web addresses among them (http and https only) as links the screen renders
 * as anchors with {@code rel="nofollow ugc noopener"}, everything else as text nodes.
 */
public final class CommentText {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    /** Trailing punctuation that ends a sentence rather than the address. */
    private static final String TRAILING = ".,;:!?)]}";

    /** A piece of a comment: text, or a link whose text is its address. */
    public record Piece(String text, boolean link) {
    }

    private CommentText() {
    }

    /** The text to store, or a refusal naming what is wrong. */
    static String clean(String typed, int longest) {
        if (typed == null || typed.isBlank()) {
            throw Refused.input("discussion.refused.empty");
        }
        String text = typed.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "")
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
        if (text.isEmpty()) {
            throw Refused.input("discussion.refused.empty");
        }
        if (text.codePointCount(0, text.length()) > longest) {
            throw Refused.input("discussion.refused.tooLong", longest, text.codePointCount(0, text.length()));
        }
        return text;
    }

    /** The pieces to show, in order. */
    public static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return pieces;
        }
        Matcher link = LINK.matcher(text);
        int from = 0;
        while (link.find()) {
            int end = link.end();
            while (end > link.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (link.start() > from) {
                pieces.add(new Piece(text.substring(from, link.start()), false));
            }
            pieces.add(new Piece(text.substring(link.start(), end), true));
            from = end;
        }
        if (from < text.length()) {
            pieces.add(new Piece(text.substring(from), false));
        }
        return pieces;
    }
}
