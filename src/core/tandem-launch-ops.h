/* tandem-launch-ops.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-card.h"
#include "tandem-launch.h"
#include "tandem-task.h"
#include "tandem-tier.h"
#include "tandem-workspace.h"

G_BEGIN_DECLS

/* Days before a launch from which its linked cards should be ready. */
#define TANDEM_LAUNCH_CARDS_READY_DAYS 14

typedef enum
{
  TANDEM_LAUNCH_WARNING_LEAD_TIME,      /*< nick=lead-time >*/
  TANDEM_LAUNCH_WARNING_CARD_NOT_READY, /*< nick=card-not-ready >*/
  TANDEM_LAUNCH_WARNING_OVERDUE_TASK,   /*< nick=overdue-task >*/
  TANDEM_LAUNCH_WARNING_TIER_ONE_CLASH, /*< nick=tier-one-clash >*/
} TandemLaunchWarningKind;

/* One problem with one launch.  @subject is what it is about: the card that
 * is not ready, the overdue task, the other Tier 1 launch of the same week;
 * %NULL for a lead-time warning. */
typedef struct
{
  TandemLaunchWarningKind  kind;
  TandemLaunch            *launch;
  TandemObject            *subject;
  int                      days;     /* lead time given, days overdue, days left */
  int                      needed;   /* lead time the tier needs */
  char                    *message;
} TandemLaunchWarning;

void          tandem_launch_warning_free          (TandemLaunchWarning *warning);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemLaunchWarning, tandem_launch_warning_free)

const char * const *tandem_launch_ops_list_channels (void);
const char   *tandem_launch_ops_channel_label     (const char         *channel);
char         *tandem_launch_ops_format_offset     (int                 offset);

void          tandem_launch_ops_today             (GDateTime          *now,
                                                   GDate              *today);
gboolean      tandem_launch_ops_parse_date        (const char         *text,
                                                   GDate              *date);
char         *tandem_launch_ops_format_date       (const GDate        *date);
gboolean      tandem_launch_ops_get_date          (TandemLaunch       *launch,
                                                   GDate              *date);
gboolean      tandem_launch_ops_get_due           (TandemTask         *task,
                                                   GDate              *due);
GDateWeekday  tandem_launch_ops_locale_week_start (void);
GHashTable   *tandem_launch_ops_index_by_day      (TandemWorkspace    *workspace);
void          tandem_launch_ops_sort_day          (GPtrArray          *items);
void          tandem_launch_ops_get_scheduled     (TandemLaunch       *launch,
                                                   const GDate        *today,
                                                   GDate              *scheduled);
void          tandem_launch_ops_get_readiness     (TandemLaunch       *launch,
                                                   guint              *n_done,
                                                   guint              *n_tasks);

TandemTier   *tandem_launch_ops_find_tier         (TandemWorkspace    *workspace,
                                                   int                 tier);
TandemTier   *tandem_launch_ops_ensure_tier       (TandemWorkspace    *workspace,
                                                   int                 tier);
int           tandem_launch_ops_get_min_lead      (TandemWorkspace    *workspace,
                                                   int                 tier);
int           tandem_launch_ops_get_recommended_lead (TandemWorkspace *workspace,
                                                   int                 tier);
GPtrArray    *tandem_launch_ops_list_template     (TandemWorkspace    *workspace,
                                                   int                 tier);

gboolean      tandem_launch_ops_apply_tier        (TandemWorkspace    *workspace,
                                                   TandemLaunch       *launch,
                                                   int                 tier);
TandemLaunch *tandem_launch_ops_plan_from_card    (TandemWorkspace    *workspace,
                                                   TandemCard         *card,
                                                   const GDate        *today);
gboolean      tandem_launch_ops_move              (TandemWorkspace    *workspace,
                                                   TandemLaunch       *launch,
                                                   const GDate        *date,
                                                   const GDate        *today);
gboolean      tandem_launch_ops_move_by           (TandemWorkspace    *workspace,
                                                   TandemLaunch       *launch,
                                                   int                 days,
                                                   const GDate        *today);
gboolean      tandem_launch_ops_move_task         (TandemWorkspace    *workspace,
                                                   TandemTask         *task,
                                                   const GDate        *due);

GPtrArray    *tandem_launch_ops_compute_warnings  (TandemWorkspace    *workspace,
                                                   const GDate        *today,
                                                   GDateWeekday        week_start);

G_END_DECLS
