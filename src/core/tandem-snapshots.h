/* tandem-snapshots.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-snapshot.h"
#include "tandem-workspace.h"

G_BEGIN_DECLS

/* What changed about one card between two roadmaps; a card can be moved and
 * changed at once. */
typedef enum
{
  TANDEM_CHANGE_NONE    = 0,
  TANDEM_CHANGE_ADDED   = 1 << 0,
  TANDEM_CHANGE_REMOVED = 1 << 1,
  TANDEM_CHANGE_MOVED   = 1 << 2,   /* another column or lane */
  TANDEM_CHANGE_CHANGED = 1 << 3,   /* another title, status or target */
  TANDEM_CHANGE_REORDERED = 1 << 4, /* another place in the same column and lane */
} TandemChangeFlags;

typedef enum
{
  TANDEM_CHANGED_TITLE  = 1 << 0,
  TANDEM_CHANGED_STATUS = 1 << 1,
  TANDEM_CHANGED_TARGET = 1 << 2,
} TandemChangedFields;

/* A column or a lane of a roadmap. */
typedef struct
{
  char *id;
  char *title;
} TandemRoadmapAxis;

/* One card as a roadmap shows it: read from today's board or from a snapshot. */
typedef struct
{
  char              *card;          /* the card's id */
  char              *title;
  TandemCardStatus   status;
  char              *column;        /* ids; lane is NULL for no lane */
  char              *lane;
  char              *rank;
  char              *target;        /* NULL when not set */
  char              *owners;        /* "María López · Zoë Lindqvist", or NULL */
  TandemTeam         owner_teams[2];/* of the PM and the PMM; -1 when none */
  double             score;
  TandemChangeFlags  change;        /* set in a comparison's marked roadmap */
} TandemRoadmapCard;

/* A roadmap frozen for drawing: columns × lanes and the cards in each cell,
 * in rank order.  A plain reference-counted copy, so drawing it never
 * touches the live workspace. */
typedef struct
{
  char      *workspace_title;
  char      *name;         /* the snapshot's name, NULL for today's board */
  char      *date;         /* an ISO 8601 UTC timestamp */
  char      *author;       /* who took the snapshot, or NULL */
  GPtrArray *columns;      /* of TandemRoadmapAxis */
  GPtrArray *lanes;        /* of TandemRoadmapAxis; at least one: a board without
                            * lanes has one lane of NULL id and title, and cards
                            * without a lane go to a last lane of NULL id */
  GPtrArray *cards;        /* of TandemRoadmapCard, sorted by column, lane, rank */
} TandemRoadmap;

/* One line of a comparison. */
typedef struct
{
  TandemChangeFlags    flags;
  TandemChangedFields  fields;
  char                *card;
  char                *title;        /* the new title, or the old one for a removed card */
  char                *old_title;
  char                *old_where;    /* "Now / Mobile" */
  char                *new_where;
  TandemCardStatus     old_status;
  TandemCardStatus     new_status;
  char                *old_target;
  char                *new_target;
} TandemChange;

#define TANDEM_TYPE_ROADMAP (tandem_roadmap_get_type ())

GType           tandem_roadmap_get_type         (void) G_GNUC_CONST;

TandemSnapshot *tandem_snapshots_take           (TandemWorkspace   *workspace,
                                                 const char        *name,
                                                 const char        *description,
                                                 GError           **error);
TandemSnapshot *tandem_snapshots_find           (TandemWorkspace   *workspace,
                                                 const char        *name_or_id);
guint           tandem_snapshots_count_entries  (TandemSnapshot    *snapshot);

TandemRoadmap  *tandem_roadmap_new_current      (TandemWorkspace   *workspace);
TandemRoadmap  *tandem_roadmap_new_from_snapshot (TandemWorkspace  *workspace,
                                                 TandemSnapshot    *snapshot);
TandemRoadmap  *tandem_roadmap_ref              (TandemRoadmap     *self);
void            tandem_roadmap_unref            (TandemRoadmap     *self);
const TandemRoadmapCard *
                tandem_roadmap_find_card        (TandemRoadmap     *self,
                                                 const char        *card);
const char     *tandem_roadmap_axis_title       (GPtrArray         *axes,
                                                 const char        *id);

GPtrArray      *tandem_roadmap_compare          (TandemRoadmap     *before,
                                                 TandemRoadmap     *after);
TandemRoadmap  *tandem_roadmap_new_marked       (TandemRoadmap     *before,
                                                 TandemRoadmap     *after,
                                                 GPtrArray         *changes);
void            tandem_change_free              (TandemChange      *change);
const char     *tandem_change_get_label         (TandemChangeFlags  flags);
const char     *tandem_change_get_kind          (TandemChangeFlags  flags);
char           *tandem_change_dup_details       (const TandemChange *change);
char           *tandem_change_dup_description   (const TandemChange *change);
TandemWorkspace *tandem_roadmap_to_workspace    (TandemRoadmap     *self,
                                                 TandemWorkspace   *live);
const char     *tandem_card_status_to_label     (TandemCardStatus   status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemRoadmap, tandem_roadmap_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemChange, tandem_change_free)

G_END_DECLS
