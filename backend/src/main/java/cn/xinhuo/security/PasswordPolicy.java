package cn.xinhuo.security;

import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import com.nulabinc.zxcvbn.StandardDictionaries;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A1: length, no common passwords, not the username; in 等保 mode also three character classes.
 * A refusal is a 400 naming the password field. The common passwords are the 30,000 of zxcvbn's
 * frequency list (leaked-password corpora, kept by that library) and ours, the Chinese habits
 * that list misses (pinyin, 1314, 520 …).
 */
@ApplicationScoped
public class PasswordPolicy {

    private final SecurityConfig.Password config;
    private final Set<String> common;

    PasswordPolicy(SecurityConfig config) {
        this.config = config.password();
        this.common = load("security/common-passwords.txt");
        try {
            common.addAll(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void check(String field, String username, String password) {
        String key = violation(username, password);
        if (key != null) {
            Object arg = key.equals("password.too-short") ? config.minLength() : config.maxLength();
            throw new ProblemException(ProblemType.VALIDATION, List.of(new FieldError(field, "{" + key + "}")), key, arg);
        }
    }

    String violation(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < config.minLength()) {
            return "password.too-short";
        }
        if (password.codePointCount(0, password.length()) > config.maxLength()) {
            return "password.too-long";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return "password.too-common";
        }
        if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
            return "password.same-as-username";
        }
        if (config.dengbaoMode() && classes(password) < 3) {
            return "password.classes";
        }
        return null;
    }

    private static int classes(String password) {
        boolean upper = false, lower = false, digit = false, symbol = false;
        for (int cp : password.codePoints().toArray()) {
            if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    private static Set<String> load(String resource) {
        var in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        Set<String> words = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
