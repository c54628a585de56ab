package dev.kubeadvisor.http;

import dev.kubeadvisor.report.Diagnosis;
import dev.kubeadvisor.report.RemediationStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as a Slack slash-command answer in Block Kit: a header, the main diagnosis, its evidence lines, its
 * commands in code blocks, and the other findings listed. Only the person who asked sees it (ephemeral), since
 * the pasted output may name internal things.
 */
final class SlackBlocks {

    /** Slack refuses section texts longer than 3000 characters. */
    private static final int SECTION_LIMIT = 3000;

    private SlackBlocks() {
    }

    static Map<String, Object> of(ChatSummary summary) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(Map.of("type", "header", "text", Map.of("type", "plain_text", "text",
                clip(summary.headline(), 150))));
        summary.main().ifPresentOrElse(main -> mainDiagnosis(blocks, main),
                () -> blocks.add(section("No cause found: the verdict is *" + summary.verdict() + "*.")));
        if (!summary.others().isEmpty()) {
            StringBuilder others = new StringBuilder("*Other findings*\n");
            summary.others().stream().limit(ChatSummary.LISTED)
                    .forEach(d -> others.append("• ").append(ChatSummary.otherLine(d)).append('\n'));
            blocks.add(section(others.toString()));
        }
        return message("ephemeral", summary.headline(), blocks);
    }

    /** A short answer for a request that could not be diagnosed: Slack shows it instead of a failure. */
    static Map<String, Object> notice(String text) {
        return message("ephemeral", text, List.of(section(text)));
    }

    private static void mainDiagnosis(List<Map<String, Object>> blocks, Diagnosis main) {
        blocks.add(section("*" + main.severity().toUpperCase() + "* `" + main.rule() + "` " + main.subject()
                + (main.container() == null ? "" : " [" + main.container() + "]") + "\n*" + main.title() + "*\n"
                + main.summary() + (main.explanation() == null ? "" : "\n" + main.explanation())));
        if (!main.evidence().isEmpty()) {
            StringBuilder evidence = new StringBuilder("*Evidence*\n```");
            main.evidence().stream().limit(ChatSummary.LISTED)
                    .forEach(e -> evidence.append(ChatSummary.evidenceLine(e)).append('\n'));
            blocks.add(section(evidence.append("```").toString()));
        }
        for (RemediationStep step : main.remediation()) {
            blocks.add(section(step.command() == null ? "• " + step.step()
                    : "• " + step.step() + "\n```" + step.command() + "```"));
        }
    }

    private static Map<String, Object> section(String markdown) {
        return Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", clip(markdown, SECTION_LIMIT)));
    }

    private static Map<String, Object> message(String responseType, String fallbackText,
                                               List<Map<String, Object>> blocks) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("response_type", responseType);
        message.put("text", fallbackText);
        message.put("blocks", blocks);
        return message;
    }

    private static String clip(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
