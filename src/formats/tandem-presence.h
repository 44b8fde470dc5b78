/* tandem-presence.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-core.h"

G_BEGIN_DECLS

/* Who has a workspace open: one small JSON lock file per open window, beside
 * the workspace, so that everyone who opens it sees everyone else. */
typedef struct
{
  char       *name;
  TandemTeam  team;
  char       *host;
  gint64      pid;
  GDateTime  *since;
  GDateTime  *refreshed;
} TandemPresence;

#define TANDEM_PRESENCE_STALE_AFTER (2 * G_TIME_SPAN_HOUR)

void            tandem_presence_free   (TandemPresence  *presence);
GFile          *tandem_presence_file   (GFile           *workspace_file);
gboolean        tandem_presence_write  (GFile           *workspace_file,
                                        const char      *name,
                                        TandemTeam       team,
                                        GDateTime       *since,
                                        GCancellable    *cancellable,
                                        GError         **error);
void            tandem_presence_remove (GFile           *workspace_file);
GPtrArray      *tandem_presence_list   (GFile           *workspace_file,
                                        GCancellable    *cancellable,
                                        GError         **error);
gboolean        tandem_presence_is_stale (const TandemPresence *presence,
                                          GDateTime            *now);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemPresence, tandem_presence_free)

G_END_DECLS
