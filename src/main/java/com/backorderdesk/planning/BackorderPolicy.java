package com.backorderdesk.planning;


import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ordered list of strategies: sourcing strategies first, exactly one terminal strategy
 * last. Immutable; {@link #of} refuses anything else with a message for a person.
 */
public record BackorderPolicy(List<Strategy> strategies) {

    /** The system default out of the box. */
    public static final BackorderPolicy DEFAULT = new BackorderPolicy(List.of(Strategy.BACKORDER));

    /**
     * The policies people choose most: offered wherever a policy is typed (order entry, the
     * customer, the settings) and compared by the advisor.
     */
    public static final List<BackorderPolicy> COMMON = List.of(
            of(Strategy.PARK), of(Strategy.BACKORDER), of(Strategy.SPLIT),
            of(Strategy.MULTI_WAREHOUSE, Strategy.BACKORDER), of(Strategy.TRANSFER, Strategy.BACKORDER),
            of(Strategy.DROP_SHIP, Strategy.BACKORDER), of(Strategy.MULTI_WAREHOUSE, Strategy.TRANSFER, Strategy.BACKORDER),
            of(Strategy.MULTI_WAREHOUSE, Strategy.DROP_SHIP, Strategy.BACKORDER), of(Strategy.TRANSFER, Strategy.DROP_SHIP, Strategy.BACKORDER));

    public BackorderPolicy {
        strategies = List.copyOf(strategies);
        String problem = problemWith(strategies);
        if (problem != null) {
            throw new InvalidPolicy(problem);
        }
    }

    /** Ends in PARK: the order ships complete, holding what it gets until then. */
    public boolean shipsComplete() {
        return terminal() == Strategy.PARK;
    }

    /** What happens to stock that arrives for an order in this status: held until the order is complete (true), or shipped at once. */
    public boolean holdsArrivals(OrderStatus status) {
        return shipsComplete() && status == OrderStatus.PARKED;
    }

    public static BackorderPolicy of(Strategy... strategies) {
        return new BackorderPolicy(List.of(strategies));
    }

    /** Parses strategy names (any case, surrounding blanks ignored), in order. */
    public static BackorderPolicy parse(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidPolicy("A backorder policy needs at least one strategy.");
        }
        List<Strategy> strategies = new ArrayList<>();
        for (String name : names) {
            strategies.add(strategy(name));
        }
        return new BackorderPolicy(strategies);
    }

    /** The strategy names a form's policy field carries, separated by commas or spaces (blanks left out). */
    public static List<String> names(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,\\s]+")).filter(name -> !name.isBlank()).toList();
    }

    /** Parses the stored or typed form: names separated by commas or spaces. */
    public static BackorderPolicy parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPolicy("A backorder policy needs at least one strategy.");
        }
        return parse(List.of(text.trim().split("[,\\s]+")));
    }

    /** What is wrong with a typed policy, said beside the form's other mistakes; empty when it is one, or blank (a default applies). */
    public static Optional<String> mistakeIn(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            parse(typed);
            return Optional.empty();
        } catch (InvalidPolicy invalid) {
            return Optional.of(invalid.getMessage());
        }
    }

    private static Strategy strategy(String name) {
        String normalized = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return Strategy.valueOf(normalized);
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicy("Unknown strategy '" + name + "'. Use "
                    + EnumSet.allOf(Strategy.class).stream().map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    private static String problemWith(List<Strategy> strategies) {
        if (strategies.isEmpty()) {
            return "A backorder policy needs at least one strategy.";
        }
        Set<Strategy> seen = EnumSet.noneOf(Strategy.class);
        for (Strategy s : strategies) {
            if (!seen.add(s)) {
                return "The policy names " + s + " twice; each strategy may appear once.";
            }
        }
        Strategy last = strategies.get(strategies.size() - 1);
        if (!last.isTerminal()) {
            return "The policy must end with one terminal strategy: PARK, BACKORDER or SPLIT.";
        }
        long terminals = strategies.stream().filter(Strategy::isTerminal).count();
        if (terminals > 1) {
            return "The policy may have only one terminal strategy (PARK, BACKORDER or SPLIT), and it comes last.";
        }
        return null;
    }

    public Strategy terminal() {
        return strategies.get(strategies.size() - 1);
    }

    public boolean uses(Strategy strategy) {
        return strategies.contains(strategy);
    }

    public List<String> names() {
        return strategies.stream().map(Enum::name).toList();
    }

    /** The stored and displayed form, e.g. {@code MULTI_WAREHOUSE, BACKORDER}. */
    @Override
    public String toString() {
        return String.join(", ", names());
    }
}
