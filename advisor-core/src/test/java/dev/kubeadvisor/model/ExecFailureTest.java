package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExecFailureTest {

    @Test
    void names_the_command_containerd_could_not_find() {
        String message = "failed to create containerd task: failed to create shim task: OCI runtime create failed: "
                + "runc create failed: unable to start container process: exec: \"wge\": executable file not found "
                + "in $PATH: unknown";

        assertThat(ExecFailure.isMissingCommand(message)).isTrue();
        assertThat(ExecFailure.missingCommand(message)).isEqualTo("wge");
        assertThat(ExecFailure.describe(message)).isEqualTo("\"wge\" is not in the image's $PATH");
    }

    @Test
    void names_the_command_in_docker_escaped_quotes() {
        String message = "OCI runtime create failed: container_linux.go:349: starting container process caused "
                + "\"exec: \\\"gunicorn\\\": executable file not found in $PATH\": unknown";

        assertThat(ExecFailure.missingCommand(message)).isEqualTo("gunicorn");
    }

    @Test
    void names_a_missing_script() {
        String message = "unable to start container process: exec: \"/app/start.sh\": stat /app/start.sh: "
                + "no such file or directory: unknown";

        assertThat(ExecFailure.missingCommand(message)).isEqualTo("/app/start.sh");
        assertThat(ExecFailure.describe(message))
                .isEqualTo("\"/app/start.sh\" does not exist in the image (or the interpreter on its #! line does not)");
        assertThat(ExecFailure.missingCommand("exec /docker-entrypoint.sh: no such file or directory"))
                .isEqualTo("/docker-entrypoint.sh");
    }

    @Test
    void ignores_other_missing_files() {
        String mountError = "failed to create containerd task: failed to create shim task: OCI runtime create "
                + "failed: runc create failed: unable to start container process: error during container init: "
                + "error mounting \"/var/lib/kubelet/pods/x/volumes/cfg\" to rootfs at \"/etc/app/app.conf\": "
                + "not a directory: unknown";

        assertThat(ExecFailure.isMissingCommand(mountError)).isFalse();
        assertThat(ExecFailure.isMissingCommand("open /etc/app/config.yaml: no such file or directory")).isFalse();
        assertThat(ExecFailure.isMissingCommand(null)).isFalse();
        assertThat(ExecFailure.describe("open /etc/app/config.yaml: no such file or directory")).isNull();
    }

    @Test
    void sorts_a_script_without_execute_permission_apart_from_a_missing_one() {
        String message = "failed to create containerd task: failed to create shim task: OCI runtime create failed: "
                + "runc create failed: unable to start container process: exec: \"/app/entrypoint.sh\": "
                + "permission denied: unknown";

        assertThat(ExecFailure.kind(message)).isEqualTo(ExecFailure.NOT_EXECUTABLE);
        assertThat(ExecFailure.isMissingCommand(message)).isFalse();
        assertThat(ExecFailure.describe(message))
                .isEqualTo("\"/app/entrypoint.sh\" exists but may not be executed (permission denied)");
        assertThat(ExecFailure.kind("exec /docker-entrypoint.sh: permission denied")).isEqualTo(ExecFailure.NOT_EXECUTABLE);
    }

    @Test
    void recognises_a_binary_built_for_another_cpu() {
        assertThat(ExecFailure.kind("exec /usr/local/bin/exporter: exec format error"))
                .isEqualTo(ExecFailure.EXEC_FORMAT_ERROR);
        assertThat(ExecFailure.describe("exec /usr/local/bin/exporter: exec format error"))
                .isEqualTo("\"/usr/local/bin/exporter\" is not a program this node's CPU can run (exec format error)");
        assertThat(ExecFailure.describe("standard_init_linux.go:228: exec user process caused: exec format error"))
                .isEqualTo("the command is not a program this node's CPU can run (exec format error)");
    }

    @Test
    void knows_no_kind_for_other_permission_errors() {
        assertThat(ExecFailure.kind("open /var/log/app.log: permission denied")).isNull();
        assertThat(ExecFailure.kind(null)).isNull();
    }
}
