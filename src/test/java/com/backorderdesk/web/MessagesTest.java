package com.backorderdesk.web;

import com.backorderdesk.inventory.StockSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message key a template or a page resource uses exists in the bundle. */
class MessagesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    private static final Pattern FLASH_KEY = Pattern.compile("Flash\\.(?:success|error)\\(request,\\s*(?:[^\"]*\\?\\s*)?\"([^\"]+)\"(?:\\s*:\\s*\"([^\"]+)\")?");
    private static final Pattern ATTEMPT_KEY = Pattern.compile("Pages\\.attempt\\(request,[^;]*?\"([A-Za-z]+\\.[A-Za-z.]+)\"\\);");
    private static final Pattern SAVE_KEY = Pattern.compile("form\\.save\\([^;]*?\"([A-Za-z]+\\.[A-Za-z.]+)\",");
    private static final Pattern CONFIRM_KEY = Pattern.compile("Confirm\\.page\\(\"([A-Za-z.]+)\"");
    private static final Pattern LOGIN_KEY = Pattern.compile("\"(login\\.[a-z]+)\"");

    @Test
    void everyKeyUsedExistsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
            bundle.load(in);
        }
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/webapp/WEB-INF/templates"), ".html", TEMPLATE_KEY, used);
        collect(Path.of("src/main/java"), ".java", FLASH_KEY, used);
        collect(Path.of("src/main/java"), ".java", LOGIN_KEY, used);
        collect(Path.of("src/main/java"), ".java", ATTEMPT_KEY, used);
        collect(Path.of("src/main/java"), ".java", SAVE_KEY, used);
        Set<String> confirmations = new TreeSet<>();
        collect(Path.of("src/main/java"), ".java", CONFIRM_KEY, confirmations);
        assertTrue(confirmations.contains("confirm.ship"), "the scan finds the confirmation pages");
        confirmations.forEach(key -> used.addAll(List.of(key + ".question", key + ".detail", key + ".button")));
        assertTrue(used.contains("digest.subscribed"), "the scan finds keys of save steps");
        assertTrue(used.contains("order.cancelled"), "the scan finds keys of page buttons");
        used.removeIf(key -> key.endsWith(".") || key.endsWith("__")); // keys built at run time, checked below
        for (var kind : com.backorderdesk.inventory.StockSource.values()) {
            used.add("source." + kind.name());
        }
        for (var status : com.backorderdesk.planning.OrderStatus.values()) {
            used.add("status." + status.name());
        }
        for (var strategy : com.backorderdesk.planning.Strategy.values()) {
            used.add("strategy." + strategy.name());
        }
        for (var choice : com.backorderdesk.notices.Choice.values()) {
            used.add("choice." + choice.name());
            used.add("choice." + choice.name() + ".means");
        }
        for (var kind : com.backorderdesk.notices.CustomerNotice.Kind.values()) {
            used.add("notice." + kind.name());
        }
        for (String kind : java.util.List.of("warehouse", "supplier", "customer", "product")) { // CataloguePages
            used.add(kind + ".created");
            used.add(kind + ".updated");
        }
        assertTrue(used.size() > 100, "the scan found the keys (" + used.size() + ")");
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle.stringPropertyNames());
        assertTrue(missing.isEmpty(), "keys missing in messages.properties: " + missing);
    }

    @Test
    void noTemplatePrintsUnescapedText() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp/WEB-INF/templates"))) {
            files.filter(p -> p.toString().endsWith(".html")).forEach(p -> {
                try {
                    assertFalse(Files.readString(p).contains("th:utext"), p + " uses th:utext");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> keys) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            keys.add(m.group(g));
                        }
                    }
                }
            }
        }
    }
}
