/* fuzz-xml-roundtrip.c — libFuzzer target: read, write, read, write.
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever the reader accepts, the writer's output must read back, and
 * writing that again must give the same bytes: write(read(write(x))) ==
 * write(x).  That is the canonical-output promise of DESIGN.md, checked on
 * every workspace the fuzzer can make the reader accept.
 */

#include "config.h"

#include "fuzz-common.h"

static void
check_same_bytes (GBytes *first,
                  GBytes *second)
{
  gsize n1, n2, at = 0;
  const char *a = g_bytes_get_data (first, &n1);
  const char *b = g_bytes_get_data (second, &n2);

  if (g_bytes_equal (first, second))
    return;
  while (at < n1 && at < n2 && a[at] == b[at])
    at++;
  FUZZ_CHECK (FALSE, "writing the re-read workspace changed the bytes at offset %zu:\n"
              "first:  …%.*s…\nsecond: …%.*s…", at,
              (int) MIN (n1 - at, 80), a + at, (int) MIN (n2 - at, 80), b + at);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) ws = NULL;
  g_autoptr(TandemWorkspace) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  gsize length;
  const char *written;

  ws = tandem_xml_read ((const char *) data, size, "fuzz.tandem", &error);
  if (ws == NULL)
    return 0;

  first = tandem_xml_write (ws);
  written = g_bytes_get_data (first, &length);
  FUZZ_CHECK (length > 0, "the writer wrote nothing");

  again = tandem_xml_read (written, length, "written.tandem", &error);
  FUZZ_CHECK (again != NULL, "the writer's output does not read back: %s\n%.*s",
              error->message, (int) MIN (length, 4096), written);
  FUZZ_CHECK (!tandem_workspace_get_dirty (again), "a freshly read workspace is dirty");

  second = tandem_xml_write (again);
  check_same_bytes (first, second);
  return 0;
}
