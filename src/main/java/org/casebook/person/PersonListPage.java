package org.casebook.person;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.casebook.records.PageOf;

public record PersonListPage(PageOf<Person.Summary> results, String q, String status, String gender) {
    public String pageLink(int page) {
        StringBuilder link = new StringBuilder("/app/persons?page=").append(page);
        append(link, "q", q);
        append(link, "status", status);
        append(link, "gender", gender);
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
