package dev.kubeadvisor.engine;

import java.util.Locale;
import java.util.function.Function;

/** The lower-case labels by which reports and rule metadata name the constants of an enum. */
final class Labels {

    private Labels() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant a label names; reports are sorted by label, so the exact label is looked up first. */
    static <E extends Enum<E>> E parse(String text, E[] values, Function<E, String> label) {
        for (E value : values) {
            if (label.apply(value).equals(text)) {
                return value;
            }
        }
        return Enum.valueOf(values[0].getDeclaringClass(), text.strip().toUpperCase(Locale.ROOT));
    }
}
