package org.communityjourneys.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;

/**
 * The markdown-ish text of a form-js "text" component, shown as headings, paragraphs and
 * bullet lists. Everything is set as text, never as HTML, so a form cannot inject markup.
 */
final class FormText {

    private FormText() {
    }

    static Component of(String markdown) {
        Div block = new Div();
        block.addClassName("form-text");
        List<String> paragraph = new ArrayList<>();
        UnorderedList bullets = null;
        for (String raw : markdown.replace("\r", "").split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(block, paragraph);
                bullets = null;
            } else if (line.startsWith("#")) {
                flush(block, paragraph);
                bullets = null;
                block.add(heading(line));
            } else if (line.startsWith("- ") || line.startsWith("* ")) {
                flush(block, paragraph);
                if (bullets == null) {
                    bullets = new UnorderedList();
                    block.add(bullets);
                }
                bullets.add(new ListItem(inline(line.substring(2))));
            } else {
                bullets = null;
                paragraph.add(inline(line));
            }
        }
        flush(block, paragraph);
        return block;
    }

    private static Component heading(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        String text = inline(line.substring(level).strip());
        return switch (level) {
            case 1 -> new H3(text);
            case 2 -> new H4(text);
            default -> new H5(text);
        };
    }

    private static void flush(Div block, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            block.add(new Paragraph(String.join(" ", paragraph)));
            paragraph.clear();
        }
    }

    /** Drops emphasis marks and turns links into "text (address)". */
    static String inline(String text) {
        return text.replaceAll("\\[([^\\]]*)\\]\\(([^)]*)\\)", "$1 ($2)")
                .replace("**", "")
                .replace("__", "")
                .replace("`", "");
    }
}
