package org.casebook.screens;

import java.util.Map;

public record SecretsPage(
        String type, long id, String back, Map<String, String> labels, Map<String, String> values, String message) {}
