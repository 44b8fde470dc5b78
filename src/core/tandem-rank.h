/* tandem-rank.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  tandem_rank_is_valid (const char *rank);
char     *tandem_rank_between  (const char *before,
                                const char *after);
char    **tandem_rank_sequence (const char *before,
                                const char *after,
                                guint       n);

G_END_DECLS
