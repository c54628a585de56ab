package dev.kubeadvisor.http;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.DiagnoseOptions;
import dev.kubeadvisor.engine.RuleInfo;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.report.Report;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/** The handlers of the {@code /v1} routes: diagnoses, rules and the chat endpoints. */
final class ApiHandlers {

    private static final String PLAIN = "text/plain";
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    /** The document name of a text/plain body in the evidence. */
    private static final String BODY_NAME = "body";

    private final Advisor advisor;
    private final Evaluator evaluator;
    private final RequestBodies bodies;
    private final ReportFormats formats;
    private final ServerMetrics metrics;
    private final SlackSignatures slack;

    ApiHandlers(Advisor advisor, Evaluator evaluator, RequestBodies bodies, ServerMetrics metrics,
                String slackSigningSecret) {
        this.advisor = advisor;
        this.formats = new ReportFormats(advisor.rules());
        this.evaluator = evaluator;
        this.bodies = bodies;
        this.metrics = metrics;
        this.slack = slackSigningSecret == null ? null : new SlackSignatures(slackSigningSecret, Clock.systemUTC());
    }

    void diagnoses(Context ctx) {
        String mediaType = RequestBodies.mediaType(ctx);
        List<InputDocument> inputs;
        List<String> exclude;
        String format;
        if (PLAIN.equals(mediaType)) {
            inputs = List.of(new InputDocument(BODY_NAME, bodies.text(ctx)));
            exclude = ctx.queryParams("exclude");
            format = ctx.queryParam("format");
        } else if (JSON.equals(mediaType)) {
            DiagnosisRequest request = bodies.json(bodies.bytes(ctx), DiagnosisRequest.class);
            inputs = request.documents();
            exclude = request.excluded();
            format = request.format();
        } else {
            throw ProblemException.unsupportedMediaType(ctx.header("Content-Type"), PLAIN + " (kubectl output) or "
                    + JSON + " ({\"inputs\": [{\"name\", \"content\"}], \"exclude\": [], \"format\": \"json\"})");
        }
        ReportFormats.ReportFormat reportFormat = formats.named(format);
        Report report = diagnose(inputs, exclusions(exclude));
        ctx.contentType(reportFormat.mediaType()).result(reportFormat.renderer().render(report));
    }

    void rules(Context ctx) {
        ctx.json(advisor.rules().values().stream().map(RuleView::of).toList());
    }

    void rule(Context ctx) {
        RuleInfo rule = advisor.rules().get(ctx.pathParam("id"));
        if (rule == null) {
            throw ProblemException.notFound("no rule '" + ctx.pathParam("id") + "'; GET /v1/rules lists them");
        }
        ctx.json(RuleView.of(rule));
    }

    /**
     * A Slack slash command: the signed form body's {@code text} is the kubectl output. Input that cannot be
     * diagnosed is answered 200 with a short notice, since Slack shows any other status as a failure.
     */
    void slack(Context ctx) {
        if (slack == null) {
            throw ProblemException.unavailable("slack-not-configured",
                    "the Slack endpoint is off: start the server with SLACK_SIGNING_SECRET set");
        }
        requireMediaType(ctx, FORM);
        byte[] body = bodies.bytes(ctx);
        slack.verify(ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"), body);
        String text = formField(new String(body, StandardCharsets.UTF_8), "text");
        try {
            ctx.json(SlackBlocks.of(ChatSummary.of(diagnose(List.of(new InputDocument("slack", text)), DiagnoseOptions.none()))));
        } catch (ProblemException e) {
            if (e.problem().status() != 422) {
                throw e;
            }
            metrics.rejected(e.problem().reason());
            ctx.json(SlackBlocks.notice("kube-advisor could not diagnose this: " + e.problem().detail()));
        }
    }

    /** A generic chat bot: {@code {"text": "<kubectl output>"}} in, a Markdown message out. */
    void webhook(Context ctx) {
        requireMediaType(ctx, JSON);
        WebhookMessage message = bodies.json(bodies.bytes(ctx), WebhookMessage.class);
        if (message.text() == null) {
            throw ProblemException.badRequest("invalid-request", "text is required: {\"text\": \"<kubectl output>\"}");
        }
        Report report = diagnose(List.of(new InputDocument("message", message.text())), DiagnoseOptions.none());
        ctx.contentType("text/markdown; charset=utf-8").result(ChatMarkdown.of(ChatSummary.of(report)));
    }

    record WebhookMessage(String text) {
    }

    private Report diagnose(List<InputDocument> inputs, DiagnoseOptions options) {
        Report report = evaluator.diagnose(inputs, options);
        metrics.diagnoses(report);
        return report;
    }

    /** What the request leaves out; the report lists it under {@code suppressed}. */
    private DiagnoseOptions exclusions(List<String> exclude) {
        for (String id : exclude) {
            if (!advisor.rules().containsKey(id)) {
                throw ProblemException.badRequest("unknown-rule", "exclude names '" + id
                        + "', which is not a rule of this server; GET /v1/rules lists them");
            }
        }
        return DiagnoseOptions.none().exclude(exclude, "excluded in the request");
    }

    private static void requireMediaType(Context ctx, String expected) {
        if (!expected.equals(RequestBodies.mediaType(ctx))) {
            throw ProblemException.unsupportedMediaType(ctx.header("Content-Type"), expected);
        }
    }

    private static String formField(String form, String name) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
