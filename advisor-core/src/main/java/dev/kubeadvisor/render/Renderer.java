package dev.kubeadvisor.render;

import dev.kubeadvisor.report.Report;

/** Turns a report into text for one audience. */
public interface Renderer {

    String render(Report report);
}
