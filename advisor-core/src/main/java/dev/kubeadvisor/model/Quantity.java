package dev.kubeadvisor.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity as printed ({@code 256Mi}, {@code 500m}, {@code 1.5Gi}) and its value in base
 * units: bytes for memory and storage, cores for CPU.
 */
public record Quantity(String text, double value) {

    private static final double MEBIBYTE = 1024d * 1024;
    private static final Pattern FORM = Pattern.compile("^([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)([a-zA-Z]*)$");
    private static final Map<String, Double> SUFFIXES = Map.ofEntries(
            Map.entry("", 1d), Map.entry("n", 1e-9), Map.entry("u", 1e-6), Map.entry("m", 1e-3),
            Map.entry("k", 1e3), Map.entry("M", 1e6), Map.entry("G", 1e9), Map.entry("T", 1e12),
            Map.entry("P", 1e15), Map.entry("E", 1e18),
            Map.entry("Ki", 1024d), Map.entry("Mi", 1024d * 1024), Map.entry("Gi", 1024d * 1024 * 1024),
            Map.entry("Ti", Math.pow(1024, 4)), Map.entry("Pi", Math.pow(1024, 5)), Map.entry("Ei", Math.pow(1024, 6)));

    /** Parses a quantity; returns {@code null} when the text is not one. */
    public static Quantity parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        Quantity whole = wholeWithSuffix(trimmed);
        if (whole != null) {
            return whole;
        }
        Matcher m = FORM.matcher(trimmed);
        if (!m.matches() || !SUFFIXES.containsKey(m.group(2))) {
            return null;
        }
        try {
            double number = new BigDecimal(m.group(1)).doubleValue();
            return new Quantity(trimmed, number * SUFFIXES.get(m.group(2)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * {@code 500m}, {@code 256Mi}, {@code 2}: digits and a known suffix, the common case, read without the pattern;
     * null for any other form. Up to 15 digits a double holds exactly, as the decimal reading would give it.
     */
    private static Quantity wholeWithSuffix(String text) {
        int digits = 0;
        while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        Double unit = digits == 0 || digits > 15 ? null : SUFFIXES.get(text.substring(digits));
        return unit == null ? null : new Quantity(text, Long.parseLong(text, 0, digits, 10) * unit);
    }

    /** A memory size in whole mebibytes, rounded up, or in gibibytes when it is a whole number of them. */
    public static Quantity ofBytes(double bytes) {
        long mebibytes = (long) Math.ceil(bytes / MEBIBYTE);
        String text = mebibytes % 1024 == 0 && mebibytes > 0 ? mebibytes / 1024 + "Gi" : mebibytes + "Mi";
        return new Quantity(text, mebibytes * MEBIBYTE);
    }

    @Override
    public String toString() {
        return text;
    }
}
