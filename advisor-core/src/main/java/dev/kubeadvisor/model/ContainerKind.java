package dev.kubeadvisor.model;

/** Which list of the pod spec a container belongs to. */
public enum ContainerKind { INIT, APP, EPHEMERAL }
