/* fuzz-xml-read.c — libFuzzer target for the XML workspace reader.
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any input either reads into a workspace or is refused with a located
 * TandemFormatError; it never crashes, leaks, logs a critical or hangs.
 */

#include "config.h"

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) ws = NULL;

  ws = tandem_xml_read ((const char *) data, size, "fuzz.tandem", &error);
  if (ws == NULL)
    fuzz_check_refusal (error, "fuzz.tandem", (const char *) data, size);
  else
    FUZZ_CHECK (error == NULL, "a workspace and an error: %s", error->message);
  return 0;
}
