package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeCrashTest {

    @Test
    void quotes_a_go_panic_and_the_top_frame_of_its_goroutine() {
        List<RuntimeCrash> crash = RuntimeCrash.in(run("starting", "panic: assignment to entry in nil map",
                "goroutine 1 [running]:", "main.load(...)", "\t/src/main.go:12 +0x3a", "main.main()"));

        assertThat(crash).singleElement().satisfies(c -> {
            assertThat(c.runtime()).isEqualTo("Go");
            assertThat(c.headline()).isEqualTo("panic: assignment to entry in nil map");
            assertThat(c.lines()).extracting(SourceLine::line).containsExactly(2, 4, 5);
        });
    }

    @Test
    void reads_the_message_of_a_rust_panic_in_both_formats() {
        assertThat(RuntimeCrash.in(run("thread 'main' panicked at src/main.rs:5:5:", "config file missing")))
                .singleElement().extracting(RuntimeCrash::headline)
                .isEqualTo("thread 'main' panicked: config file missing");
        assertThat(RuntimeCrash.in(run("thread 'main' panicked at 'boom', src/main.rs:5:5")))
                .singleElement().extracting(RuntimeCrash::headline)
                .isEqualTo("thread 'main' panicked: 'boom', src/main.rs:5:5");
    }

    @Test
    void quotes_a_python_traceback_its_innermost_frame_and_the_exception() {
        List<RuntimeCrash> crash = RuntimeCrash.in(run("Traceback (most recent call last):",
                "  File \"/app/main.py\", line 9, in <module>", "    main()",
                "  File \"/app/main.py\", line 5, in main", "    port = int(os.environ[\"PORT\"])",
                "KeyError: 'PORT'"));

        assertThat(crash).singleElement().satisfies(c -> {
            assertThat(c.headline()).isEqualTo("KeyError: 'PORT'");
            assertThat(c.lines()).extracting(SourceLine::line).containsExactly(1, 4, 6);
        });
    }

    @Test
    void finds_uncaught_java_and_node_exceptions() {
        assertThat(RuntimeCrash.in(run("Exception in thread \"main\" java.lang.IllegalStateException: no schema",
                "\tat com.example.Main.main(Main.java:9)"))).singleElement()
                .extracting(RuntimeCrash::runtime).isEqualTo("Java");
        assertThat(RuntimeCrash.in(run("/app/server.js:12", "    throw new Error('boom');", "    ^",
                "Error: boom", "    at Object.<anonymous> (/app/server.js:12:11)"))).singleElement()
                .extracting(RuntimeCrash::headline).isEqualTo("Error: boom");
    }

    @Test
    void ignores_a_panic_a_server_recovered_from_and_a_traceback_that_is_cut() {
        assertThat(RuntimeCrash.in(run("http: panic serving 10.0.0.7:5123: runtime error", "goroutine 9 [running]:",
                "net/http.(*conn).serve.func1()"))).isEmpty();
        assertThat(RuntimeCrash.in(run("Traceback (most recent call last):", "  File \"/app/x.py\", line 1, in f",
                "INFO retrying"))).isEmpty();
    }

    private static List<LogLine> run(String... texts) {
        List<LogLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new LogLine(ObjectRef.pod("shop", "web-1"), "app", true, i, null, texts[i],
                    new SourceLine("logs-previous.txt", i + 1, texts[i])));
        }
        return lines;
    }
}
