/* tandem-workspace.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-collection.h"
#include "tandem-object.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_WORKSPACE (tandem_workspace_get_type ())

G_DECLARE_FINAL_TYPE (TandemWorkspace, tandem_workspace, TANDEM, WORKSPACE, TandemObject)

#define TANDEM_WORKSPACE_ERROR (tandem_workspace_error_quark ())

typedef enum
{
  TANDEM_WORKSPACE_ERROR_IN_USE,
  TANDEM_WORKSPACE_ERROR_NOT_FOUND,
  TANDEM_WORKSPACE_ERROR_INVALID,
} TandemWorkspaceError;

typedef enum
{
  TANDEM_EDIT_NONE     = 0,
  TANDEM_EDIT_COALESCE = 1 << 0,
} TandemEditFlags;

GQuark               tandem_workspace_error_quark   (void);

TandemWorkspace     *tandem_workspace_new           (void);
TandemWorkspace     *tandem_workspace_new_untitled  (void);

const char * const  *tandem_workspace_list_containers (void);
TandemCollection    *tandem_workspace_get_container (TandemWorkspace *self,
                                                     const char      *name);
TandemCollection    *tandem_workspace_get_people    (TandemWorkspace *self);
TandemCollection    *tandem_workspace_get_columns   (TandemWorkspace *self);
TandemCollection    *tandem_workspace_get_lanes     (TandemWorkspace *self);
TandemCollection    *tandem_workspace_get_cards     (TandemWorkspace *self);
TandemCollection    *tandem_workspace_get_launches  (TandemWorkspace *self);
TandemCollection    *tandem_workspace_get_interviews (TandemWorkspace *self);
TandemCollection    *tandem_workspace_get_snapshots (TandemWorkspace *self);
TandemCollection    *tandem_workspace_get_conflicts (TandemWorkspace *self);
TandemObject        *tandem_workspace_lookup        (TandemWorkspace *self,
                                                     const char      *id);
GFile               *tandem_workspace_get_file      (TandemWorkspace *self);
const char          *tandem_workspace_get_etag      (TandemWorkspace *self);
void                 tandem_workspace_set_origin    (TandemWorkspace *self,
                                                     GFile           *file,
                                                     const char      *etag);
const char          *tandem_workspace_get_checksum  (TandemWorkspace *self);
void                 tandem_workspace_set_checksum  (TandemWorkspace *self,
                                                     const char      *checksum);
GBytes              *tandem_workspace_get_base      (TandemWorkspace *self);
void                 tandem_workspace_set_base      (TandemWorkspace *self,
                                                     GBytes          *base);
const char          *tandem_workspace_get_author_name (TandemWorkspace *self);
TandemTeam           tandem_workspace_get_author_team (TandemWorkspace *self);
void                 tandem_workspace_set_author    (TandemWorkspace *self,
                                                     const char      *name,
                                                     TandemTeam       team);

gboolean             tandem_workspace_set_value     (TandemWorkspace *self,
                                                     gpointer         object,
                                                     const char      *field,
                                                     const GValue    *value,
                                                     GError         **error);
gboolean             tandem_workspace_set_value_full (TandemWorkspace *self,
                                                     gpointer         object,
                                                     const char      *field,
                                                     const GValue    *value,
                                                     TandemEditFlags  flags,
                                                     GError         **error);
gboolean             tandem_workspace_set           (TandemWorkspace *self,
                                                     gpointer         object,
                                                     const char      *first_field,
                                                     ...) G_GNUC_NULL_TERMINATED;
gpointer             tandem_workspace_create        (TandemWorkspace *self,
                                                     GType            type,
                                                     gpointer         parent,
                                                     const char      *first_field,
                                                     ...) G_GNUC_NULL_TERMINATED;
gboolean             tandem_workspace_add           (TandemWorkspace *self,
                                                     gpointer         parent,
                                                     gpointer         object,
                                                     GError         **error);
gboolean             tandem_workspace_remove        (TandemWorkspace *self,
                                                     gpointer         object,
                                                     GError         **error);

void                 tandem_workspace_begin_group   (TandemWorkspace *self,
                                                     const char      *label);
void                 tandem_workspace_begin_group_full (TandemWorkspace *self,
                                                     const char      *label,
                                                     gpointer         coalesce_object,
                                                     TandemEditFlags  flags);
void                 tandem_workspace_end_group     (TandemWorkspace *self);
gboolean             tandem_workspace_get_can_undo  (TandemWorkspace *self);
gboolean             tandem_workspace_get_can_redo  (TandemWorkspace *self);
const char          *tandem_workspace_get_undo_label (TandemWorkspace *self);
const char          *tandem_workspace_get_redo_label (TandemWorkspace *self);
gboolean             tandem_workspace_undo          (TandemWorkspace *self);
gboolean             tandem_workspace_redo          (TandemWorkspace *self);
gboolean             tandem_workspace_get_dirty     (TandemWorkspace *self);
guint64              tandem_workspace_get_revision  (TandemWorkspace *self);
void                 tandem_workspace_mark_saved    (TandemWorkspace *self,
                                                     guint64          revision);
void                 tandem_workspace_mark_modified (TandemWorkspace *self);
void                 tandem_workspace_apply         (TandemWorkspace *self,
                                                     TandemWorkspace *target,
                                                     const char      *label);

G_END_DECLS
