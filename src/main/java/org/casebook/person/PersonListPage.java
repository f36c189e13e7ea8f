package org.casebook.person;

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
            link.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
