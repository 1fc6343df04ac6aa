package org.adsync.it.console;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs axe-core (Deque's rules, WCAG 2.1 A and AA and best practices) in the page the browser shows, dialogs open
 * included, and fails on any critical or serious violation, naming the rule and the elements.
 */
final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("critical", "serious");
    private static final int ELEMENTS_NAMED = 5;

    private Accessibility() {
    }

    static void assertNoSeriousViolations(WebDriver driver, String page) {
        awaitQuiet(driver);
        Results results = new AxeBuilder().analyze(driver);
        assertTrue(results.getErrorMessage() == null, page + ": axe-core did not run: " + results.getErrorMessage());
        List<Rule> blocking = results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
        assertTrue(blocking.isEmpty(), page + " has " + blocking.size() + " critical or serious accessibility "
                + "violations:\n" + blocking.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
    }

    /**
     * Until no ajax request is under way and nothing moves: a button PrimeFaces greys out while its request runs, or
     * a dialog fading in, would be judged in a state no one looks at.
     */
    private static void awaitQuiet(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !window.jQuery || (jQuery.active === 0"
                        + " && jQuery(':animated').length === 0 && jQuery('.ui-button.ui-state-loading').length === 0"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()))")));
    }

    private static String describe(Rule rule) {
        return "- " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): " + rule.getNodes().stream()
                .limit(ELEMENTS_NAMED).map(Accessibility::describe).collect(Collectors.joining("; "))
                + (rule.getNodes().size() > ELEMENTS_NAMED ? "; and " + (rule.getNodes().size() - ELEMENTS_NAMED)
                + " more" : "");
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace('\n', ' ');
        return node.getTarget() + " " + summary;
    }
}
