package dev.kubeadvisor.model;

/** Where an environment variable's value comes from. */
public enum EnvSource { LITERAL, SECRET, CONFIG_MAP, FIELD, RESOURCE }
