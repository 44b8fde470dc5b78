/* tandem-format.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_NAMESPACE      "https://tandemplanner.github.io/ns/workspace"
#define TANDEM_FORMAT_MAJOR   1
#define TANDEM_FORMAT_VERSION "1"

#define TANDEM_FORMAT_ERROR (tandem_format_error_quark ())

typedef enum
{
  TANDEM_FORMAT_ERROR_MALFORMED,         /* not well-formed XML, or hostile */
  TANDEM_FORMAT_ERROR_NOT_A_WORKSPACE,   /* another kind of document */
  TANDEM_FORMAT_ERROR_NEWER_VERSION,     /* a newer major format version */
  TANDEM_FORMAT_ERROR_INVALID,           /* well-formed, but breaks the format's rules */
  TANDEM_FORMAT_ERROR_CHANGED_ON_DISK,   /* a save found the file changed since it was loaded */
} TandemFormatError;

GQuark           tandem_format_error_quark (void);

TandemWorkspace *tandem_xml_read           (const char       *data,
                                            gsize             length,
                                            const char       *display_name,
                                            GError          **error);
TandemWorkspace *tandem_xml_read_stream    (GInputStream     *stream,
                                            GFile            *origin,
                                            const char       *display_name,
                                            GChecksum        *checksum,
                                            GCancellable     *cancellable,
                                            GError          **error);
GBytes          *tandem_xml_write          (TandemWorkspace  *workspace);

G_END_DECLS
