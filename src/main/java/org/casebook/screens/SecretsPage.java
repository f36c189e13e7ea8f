package org.casebook.screens;

import java.util.List;
import java.util.Map;

public record SecretsPage(
        String type, long id, String back, List<String> fields, Map<String, String> values, String message) {}
