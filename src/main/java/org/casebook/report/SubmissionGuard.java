package org.casebook.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.casebook.web.Throttle;
import org.springframework.stereotype.Component;

/**
 * Keeps automated junk out of the public report form without any third-party service: a signed, single-use form
 * challenge; a honeypot field people never see; a small proof of work the page's script solves (a visitor without
 * script is let through if they took a human amount of time, at a lower rate); and per-address rate limits kept in
 * memory only. A refused submission leaves nothing behind but its count in the rate limiter.
 */
@Component
class SubmissionGuard {
    /** Leading zero bits the proof-of-work hash must have: about 16,000 SHA-256 hashes in the browser. */
    static final int DIFFICULTY = 14;

    static final Duration HUMAN_TIME = Duration.ofSeconds(5);
    static final Duration VALID_FOR = Duration.ofHours(2);
    private final byte[] key = new byte[32];
    private final Map<String, Instant> used = new ConcurrentHashMap<>();
    private final Throttle throttle;
    private final Clock clock;

    SubmissionGuard(Throttle throttle, Clock clock) {
        new SecureRandom().nextBytes(key);
        this.throttle = throttle;
        this.clock = clock;
    }

    /** @param messageKey what the relative is told, as a key of the message bundles; null when accepted */
    public record Verdict(boolean accepted, String messageKey) {}

    /** A challenge for a new form: issue time and randomness, signed so it cannot be forged or altered. */
    public String challenge() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String body = clock.instant().getEpochSecond() + "." + HexFormat.of().formatHex(random);
        return body + "." + sign(body);
    }

    public Verdict check(String challenge, String nonce, String honeypot, String address) {
        if (honeypot != null && !honeypot.isEmpty()) {
            return new Verdict(false, "report.guard.trap");
        }
        Instant issued = issuedAt(challenge);
        Instant now = clock.instant();
        if (issued == null || issued.plus(VALID_FOR).isBefore(now)) {
            return new Verdict(false, "report.guard.expired");
        }
        boolean worked = nonce != null && !nonce.isBlank() && solves(challenge, nonce.strip());
        if (!worked && issued.plus(HUMAN_TIME).isAfter(now)) {
            return new Verdict(false, "report.guard.quick");
        }
        // People with script pass the proof of work and get a higher allowance than those without.
        if (!throttle.allow(worked ? "report" : "report-noscript", address, worked ? 10 : 3, Duration.ofHours(1))) {
            return new Verdict(false, "report.guard.tooMany");
        }
        used.entrySet().removeIf(e -> e.getValue().plus(VALID_FOR).isBefore(now));
        if (used.putIfAbsent(challenge, issued) != null) {
            return new Verdict(false, "report.guard.again");
        }
        return new Verdict(true, null);
    }

    static boolean solves(String challenge, String nonce) {
        if (nonce.length() > 20) {
            return false;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((challenge + ":" + nonce).getBytes(StandardCharsets.UTF_8));
            int zeros = 0;
            for (byte b : hash) {
                if (b == 0) {
                    zeros += 8;
                    continue;
                }
                zeros += Integer.numberOfLeadingZeros(b & 0xff) - 24;
                break;
            }
            return zeros >= DIFFICULTY;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant issuedAt(String challenge) {
        if (challenge == null || challenge.length() > 200) {
            return null;
        }
        int last = challenge.lastIndexOf('.');
        if (last < 0
                || !MessageDigest.isEqual(
                        sign(challenge.substring(0, last)).getBytes(StandardCharsets.UTF_8),
                        challenge.substring(last + 1).getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(challenge.substring(0, challenge.indexOf('.'))));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
