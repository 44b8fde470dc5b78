/* fuzz-common.h — checks shared by the fuzz targets and their replay driver.
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tandem-format.h"

G_BEGIN_DECLS

/* Not g_assert: that one can be compiled out, and a fuzzer must never
 * lose its oracle. */
#define FUZZ_CHECK(cond, ...)                                          \
  G_STMT_START {                                                       \
    if (G_UNLIKELY (!(cond)))                                          \
      {                                                                \
        g_printerr ("%s:%d: check failed: %s: ", __FILE__, __LINE__,   \
                    #cond);                                            \
        g_printerr (__VA_ARGS__);                                      \
        g_printerr ("\n");                                             \
        abort ();                                                      \
      }                                                                \
  } G_STMT_END

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* A refusal is a TandemFormatError whose message reads
 * “name:line:column: what”, and the line lies inside the input. */
static inline void
fuzz_check_refusal (const GError *error,
                    const char   *name,
                    const char   *data,
                    size_t        size)
{
  g_autofree char *prefix = NULL;
  const char *rest;
  char *end;
  long line, column;
  size_t n_lines = 1;

  FUZZ_CHECK (error != NULL, "a refusal without an error");
  FUZZ_CHECK (error->domain == TANDEM_FORMAT_ERROR, "error from another domain: %s",
              error->message);
  prefix = g_strconcat (name, ":", NULL);
  FUZZ_CHECK (g_str_has_prefix (error->message, prefix), "unlocated error: %s", error->message);
  rest = error->message + strlen (prefix);
  line = strtol (rest, &end, 10);
  FUZZ_CHECK (end != rest && *end == ':' && line >= 1, "no line in: %s", error->message);
  rest = end + 1;
  column = strtol (rest, &end, 10);
  FUZZ_CHECK (end != rest && column >= 1, "no column in: %s", error->message);
  FUZZ_CHECK (g_str_has_prefix (end, ": ") && end[2] != '\0', "no message in: %s", error->message);
  for (size_t i = 0; i < size; i++)
    n_lines += data[i] == '\n';
  FUZZ_CHECK ((size_t) line <= n_lines, "line %ld of a %zu-line input: %s",
              line, n_lines, error->message);
}

G_END_DECLS
