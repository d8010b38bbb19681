package cn.justice.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers bearer tokens that passed verification, so a client sending the same token with every request (as
 * clients do until it expires) pays the RS256 signature check and claim parsing once, not per request: that check
 * was about a tenth of the CPU of a create and more of a read (docs/performance.md). Only a token that verified is
 * remembered, keyed by its exact text, and only until its own expiry (and at most {@link #MAX_AGE_MILLIS}), so
 * nothing is accepted that the verifier would refuse at that moment except by the verifier's own clock skew.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {
    /** Bounded re-check: a changed verification key or issuer setting takes effect within this time. */
    static final long MAX_AGE_MILLIS = 5 * 60_000L;
    /** Bounded memory: the map is emptied when it reaches this many tokens (the next requests verify again). */
    static final int MAX_ENTRIES = 10_000;

    private record Verified(JsonWebToken token, long validUntilMillis) {
    }

    private final JWTParser delegate;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokenCache(DefaultJWTParser delegate) {
        this(delegate, Clock.systemUTC());
    }

    VerifiedTokenCache(JWTParser delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    /** The token verified with the configured key, issuer and expiry rules (what the bearer mechanism calls). */
    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.millis();
        Verified v = verified.get(token);
        if (v != null && now < v.validUntilMillis()) {
            return v.token();
        }
        JsonWebToken jwt = delegate.parse(token); // throws when the token does not verify: nothing is remembered
        long expiresAtMillis = jwt.getExpirationTime() * 1000L;
        long until = Math.min(expiresAtMillis, now + MAX_AGE_MILLIS);
        if (until > now) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(token, new Verified(jwt, until));
        } else {
            verified.remove(token);
        }
        return jwt;
    }

    // Everything else (other keys or settings than the configured ones) is not cached.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
