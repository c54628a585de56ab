package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * A sum of resource quantities written the way the API machinery writes one (kubectl prints sums this way): in the
 * format of the first quantity added that is not 0, binary ({@code 1152Mi}) or decimal ({@code 1500m}, {@code 2},
 * {@code 4k}), with the largest suffix that keeps the number whole.
 */
final class QuantitySum {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigInteger KIBI = BigInteger.valueOf(1024);
    private static final List<String> BINARY = List.of("", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei");
    private static final List<String> DECIMAL_UP = List.of("", "k", "M", "G", "T", "P", "E");
    private static final List<String> DECIMAL_DOWN = List.of("", "m", "u", "n");

    static final QuantitySum ZERO = new QuantitySum(BigDecimal.ZERO, false);

    private final BigDecimal value;
    private final boolean binary;

    private QuantitySum(BigDecimal value, boolean binary) {
        this.value = value;
        this.binary = binary;
    }

    /** The quantity as written; 0 for text that is not a quantity. */
    static QuantitySum of(String text) {
        Quantity parsed = Quantity.parse(text);
        if (parsed == null) {
            return ZERO;
        }
        return new QuantitySum(new BigDecimal(parsed.value()).stripTrailingZeros().setScale(9,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros(), parsed.text().endsWith("i"));
    }

    QuantitySum plus(QuantitySum other) {
        boolean format = value.signum() == 0 ? other.binary : binary;
        return new QuantitySum(value.add(other.value), format);
    }

    QuantitySum max(QuantitySum other) {
        return other.value.compareTo(value) > 0 ? other : this;
    }

    BigDecimal value() {
        return value;
    }

    /** The percentage of {@code of}, truncated as kubectl does; 0 when {@code of} is 0. */
    int percentOf(QuantitySum of) {
        return of.value.signum() == 0 ? 0 : (int) (value.doubleValue() / of.value.doubleValue() * 100);
    }

    Quantity quantity() {
        return Quantity.parse(text());
    }

    String text() {
        if (value.signum() == 0) {
            return "0";
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        if (binary && whole && value.abs().compareTo(BigDecimal.valueOf(1024)) >= 0) {
            BigInteger number = value.toBigIntegerExact();
            int power = 0;
            while (power < BINARY.size() - 1 && number.mod(KIBI).signum() == 0) {
                number = number.divide(KIBI);
                power++;
            }
            return number + BINARY.get(power);
        }
        BigDecimal number = value;
        int down = 0;
        while (number.stripTrailingZeros().scale() > 0 && down < DECIMAL_DOWN.size() - 1) {
            number = number.multiply(THOUSAND);
            down++;
        }
        if (down > 0) {
            return number.setScale(0, java.math.RoundingMode.CEILING).toPlainString() + DECIMAL_DOWN.get(down);
        }
        int up = 0;
        while (up < DECIMAL_UP.size() - 1 && number.remainder(THOUSAND).signum() == 0) {
            number = number.divide(THOUSAND);
            up++;
        }
        return number.toBigInteger() + DECIMAL_UP.get(up);
    }
}
