package dev.kubeadvisor.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The maximum Java heap a container gives its JVM, read from one place: the container's command line (Command and
 * Args) or one of the JVM option variables of {@link #OPTION_VARIABLES}. Only the heap option itself is kept
 * ({@code -Xmx1g}, {@code -XX:MaxRAMPercentage=100}), never the rest of the value. The heap is either a size
 * ({@code maxHeap}) or a share of the container's memory limit ({@code ramPercentage}).
 */
public record JvmHeapSetting(ObjectRef pod, String container, String source, String option, Quantity maxHeap,
                             Double ramPercentage, SourceLine line) {

    /** The container's command and arguments, as a {@link #source}. */
    public static final String COMMAND_LINE = "command line";

    /**
     * Variables whose value is JVM options, not secrets: the three the JVM reads itself (ranked by which wins) and
     * the conventional ones that start scripts pass to {@code java}.
     */
    public static final Map<String, Integer> OPTION_VARIABLES = Map.of(
            "_JAVA_OPTIONS", 5, "JDK_JAVA_OPTIONS", 3, "JAVA_TOOL_OPTIONS", 2,
            "JAVA_OPTS", 1, "JVM_OPTS", 1, "CATALINA_OPTS", 1);
    private static final Set<String> READ_BY_THE_JVM = Set.of("_JAVA_OPTIONS", "JDK_JAVA_OPTIONS",
            "JAVA_TOOL_OPTIONS", COMMAND_LINE);
    private static final int COMMAND_LINE_PRECEDENCE = 4;

    private static final Pattern HEAP_OPTION = Pattern.compile(
            "^(?:-Xmx|-XX:MaxHeapSize=)([0-9]{1,15})([kKmMgGtT]?)$|^-XX:MaxRAMPercentage=([0-9]{1,3}(?:\\.[0-9]+)?)$"
                    + "|^-XX:MaxRAMFraction=([0-9]{1,3})$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * The heap option that wins in {@code text} (the last one, as the JVM reads them), or {@code null} when there is
     * none. {@code text} is a variable's value or one element of the command line.
     */
    public static JvmHeapSetting lastIn(String text, ObjectRef pod, String container, String source, SourceLine line) {
        if (text == null) {
            return null;
        }
        JvmHeapSetting found = null;
        for (String token : WHITESPACE.split(text.strip())) {
            Matcher m = HEAP_OPTION.matcher(stripQuotes(token));
            if (!m.matches()) {
                continue;
            }
            String option = m.group();
            if (m.group(1) != null) {
                found = new JvmHeapSetting(pod, container, source, option, size(m.group(1), m.group(2)), null, line);
            } else if (m.group(3) != null) {
                found = new JvmHeapSetting(pod, container, source, option, null, Double.valueOf(m.group(3)), line);
            } else if (Integer.parseInt(m.group(4)) > 0) {
                found = new JvmHeapSetting(pod, container, source, option, null, 100d / Integer.parseInt(m.group(4)), line);
            }
        }
        return found;
    }

    /** Which setting the JVM uses when a container has several: the highest wins. */
    public int precedence() {
        return COMMAND_LINE.equals(source) ? COMMAND_LINE_PRECEDENCE : OPTION_VARIABLES.getOrDefault(source, 0);
    }

    /**
     * True when the JVM reads this setting itself; the conventional variables ({@code JAVA_OPTS}...) count only if
     * the image's start script passes them to {@code java}.
     */
    public boolean readByTheJvm() {
        return READ_BY_THE_JVM.contains(source);
    }

    /** The heap in bytes in a container whose memory limit is {@code limit}. */
    public double heapBytes(Quantity limit) {
        return maxHeap != null ? maxHeap.value() : limit.value() * ramPercentage / 100;
    }

    /** The heap as a share of {@code limit}: 1.0 is the whole limit. */
    public double shareOf(Quantity limit) {
        return heapBytes(limit) / limit.value();
    }

    /** {@code -Xmx1g in JAVA_TOOL_OPTIONS}. */
    public String describe() {
        return option + (COMMAND_LINE.equals(source) ? " on the command line" : " in " + source);
    }

    private static Quantity size(String number, String unit) {
        int power = unit.isEmpty() ? 0 : "kmgt".indexOf(unit.toLowerCase(Locale.ROOT)) + 1;
        double bytes = Double.parseDouble(number) * Math.pow(1024, power);
        return new Quantity(number + unit, bytes);
    }

    private static String stripQuotes(String token) {
        return token.replaceAll("^[\"']+|[\"';]+$", "");
    }
}
