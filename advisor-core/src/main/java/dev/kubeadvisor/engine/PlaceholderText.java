package dev.kubeadvisor.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A text with {@code {name}} placeholders (a letter, then letters and digits), split once into its literal runs and
 * placeholder names so that it can be filled many times without scanning it again: a rule's explanation and
 * remediation steps are filled for every diagnosis of every report. A placeholder without a value stays visible.
 */
public final class PlaceholderText {

    private final String text;
    /** The literal runs: one more than the placeholders, the first before the first placeholder. */
    private final String[] literals;
    private final String[] names;
    private final int literalsLength;

    private PlaceholderText(String text, String[] literals, String[] names) {
        this.text = text;
        this.literals = literals;
        this.names = names;
        this.literalsLength = text.length() - 2 * names.length - Arrays.stream(names).mapToInt(String::length).sum();
    }

    public static PlaceholderText of(String text) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int copied = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
            int close = placeholderEnd(text, open);
            if (close >= 0) {
                literals.add(text.substring(copied, open));
                names.add(text.substring(open + 1, close));
                copied = close + 1;
                open = close;
            }
        }
        literals.add(text.substring(copied));
        return new PlaceholderText(text, literals.toArray(String[]::new), names.toArray(String[]::new));
    }

    /** The text with every placeholder that has a value replaced by it. */
    public String fill(Map<String, String> values) {
        if (names.length == 0) {
            return text;
        }
        String[] filled = new String[names.length];
        int length = literalsLength;
        for (int i = 0; i < names.length; i++) {
            String value = values.get(names[i]);
            filled[i] = value != null ? value : "{" + names[i] + "}";
            length += filled[i].length();
        }
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < names.length; i++) {
            out.append(literals[i]).append(filled[i]);
        }
        return out.append(literals[names.length]).toString();
    }

    @Override
    public String toString() {
        return text;
    }

    /** Where the placeholder opened at {@code open} closes, or -1 when no name in braces starts there. */
    private static int placeholderEnd(String template, int open) {
        int i = open + 1;
        if (i >= template.length() || !isAsciiLetter(template.charAt(i))) {
            return -1;
        }
        while (i < template.length() && (isAsciiLetter(template.charAt(i)) || isDigit(template.charAt(i)))) {
            i++;
        }
        return i < template.length() && template.charAt(i) == '}' ? i : -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
