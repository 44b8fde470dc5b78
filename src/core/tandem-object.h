/* tandem-object.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tandem-core-types.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_OBJECT (tandem_object_get_type ())

G_DECLARE_DERIVABLE_TYPE (TandemObject, tandem_object, TANDEM, OBJECT, GObject)

/* Every object in a workspace: an id, authorship stamps and a table of fields.
 * The fields are read-only GObject properties; they change only through the
 * workspace (tandem_workspace_set()), which records undo and stamps authorship. */
struct _TandemObjectClass
{
  GObjectClass           parent_class;

  const char            *kind;        /* the XML element name, e.g. "card" */
  const char            *id_prefix;   /* e.g. "k" for "k-3fz0q8w2mx1c" */
  const TandemFieldInfo *fields;
  guint                  n_fields;
  GType                  child_type;  /* the type of owned children, or G_TYPE_NONE */

  gpointer               padding[8];
};

/* The longest value, in bytes, of a field that is not long text or a list:
 * such values are attributes in the workspace file, and the reader refuses
 * longer attributes, so the model never holds what could not be read back. */
#define TANDEM_FIELD_MAX_SHORT_LENGTH (1024 * 1024)

#define TANDEM_OBJECT_ERROR (tandem_object_error_quark ())

typedef enum
{
  TANDEM_OBJECT_ERROR_INVALID_VALUE,
  TANDEM_OBJECT_ERROR_UNKNOWN_FIELD,
} TandemObjectError;

GQuark                 tandem_object_error_quark          (void);

void                   tandem_object_class_install_fields (TandemObjectClass     *klass,
                                                           const char            *kind,
                                                           const char            *id_prefix,
                                                           const TandemFieldInfo *fields,
                                                           guint                  n_fields,
                                                           GType                  child_type);
const TandemFieldInfo *tandem_object_class_find_field     (TandemObjectClass     *klass,
                                                           const char            *name,
                                                           guint                 *index);
GType                  tandem_object_type_from_kind       (const char            *kind);

char                  *tandem_id_new                      (const char            *prefix);
char                  *tandem_id_new_from_rand            (const char            *prefix,
                                                           GRand                 *rand);
char                  *tandem_timestamp_now               (void);

const char            *tandem_object_get_kind             (TandemObject          *self);
const char            *tandem_object_get_id               (TandemObject          *self);
const char            *tandem_object_get_created          (TandemObject          *self);
const char            *tandem_object_get_created_by       (TandemObject          *self);
const char            *tandem_object_get_modified         (TandemObject          *self);
const char            *tandem_object_get_modified_by      (TandemObject          *self);
TandemObject          *tandem_object_get_parent           (TandemObject          *self);
TandemCollection      *tandem_object_get_children         (TandemObject          *self);
const GValue          *tandem_object_get_value            (TandemObject          *self,
                                                           guint                  field);
const char            *tandem_object_get_string           (TandemObject          *self,
                                                           const char            *field);
int                    tandem_object_get_int              (TandemObject          *self,
                                                           const char            *field);
double                 tandem_object_get_double           (TandemObject          *self,
                                                           const char            *field);
const char * const    *tandem_object_get_list             (TandemObject          *self,
                                                           const char            *field);
gboolean               tandem_object_set_detached         (gpointer               object,
                                                           const char            *first_field,
                                                           ...) G_GNUC_NULL_TERMINATED;

void                   tandem_field_init_value            (const TandemFieldInfo *info,
                                                           GValue                *value);
gboolean               tandem_field_is_default            (const TandemFieldInfo *info,
                                                           const GValue          *value);
gboolean               tandem_field_check                 (const TandemFieldInfo *info,
                                                           const GValue          *value,
                                                           GError               **error);
gboolean               tandem_field_parse                 (const TandemFieldInfo *info,
                                                           const char            *text,
                                                           GValue                *value,
                                                           GError               **error);
char                  *tandem_field_to_string             (const TandemFieldInfo *info,
                                                           const GValue          *value);
gboolean               tandem_field_values_equal          (const TandemFieldInfo *info,
                                                           const GValue          *a,
                                                           const GValue          *b);
gboolean               tandem_date_is_valid               (const char            *text);
gboolean               tandem_target_is_valid             (const char            *text);
gboolean               tandem_timestamp_is_valid          (const char            *text);

G_END_DECLS
