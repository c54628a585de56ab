package dev.kubeadvisor.http;

import dev.kubeadvisor.input.InputDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON body of {@code POST /v1/diagnoses}: named inputs (file name and kubectl output, as the CLI reads files),
 * rule IDs to leave out, and the report format.
 */
record DiagnosisRequest(List<Input> inputs, List<String> exclude, String format) {

    record Input(String name, String content) {
    }

    List<InputDocument> documents() {
        if (inputs == null || inputs.isEmpty()) {
            throw ProblemException.badRequest("invalid-request",
                    "inputs is required: a list of {\"name\": \"describe.txt\", \"content\": \"<kubectl output>\"}");
        }
        List<InputDocument> documents = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            if (input == null || input.name() == null || input.name().isBlank() || input.content() == null) {
                throw ProblemException.badRequest("invalid-request",
                        "inputs[" + i + "] needs a name and a content");
            }
            documents.add(new InputDocument(input.name(), input.content()));
        }
        return documents;
    }

    List<String> excluded() {
        return exclude == null ? List.of() : exclude;
    }
}
