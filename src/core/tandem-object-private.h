/* tandem-object-private.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the workspace and the readers only: views and tools edit through
 * tandem_workspace_set() and friends.
 */

#pragma once

#include "tandem-object.h"

G_BEGIN_DECLS

/* Attributes and elements this version does not know, kept to be written back. */
typedef struct
{
  char *prefix;
  char *name;
  char *ns;
  char *value;
} TandemExtraAttribute;

typedef struct
{
  char *container;   /* for the workspace: the container element it was in, or NULL */
  char *xml;         /* the element, serialised with its namespace declarations */
} TandemExtraElement;

/* g_set_str() arrives in GLib 2.76, above the platform floor. */
static inline gboolean
_tandem_set_str (char       **str_pointer,
                 const char  *new_str)
{
  char *copy;

  if (*str_pointer == new_str || g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;
  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;
  return TRUE;
}

typedef struct
{
  guint  field;
  GValue value;
} TandemFieldValue;

/* A frozen copy of an object and what is below it, see _tandem_object_freeze(). */
typedef struct _TandemFrozenObject TandemFrozenObject;

struct _TandemFrozenObject
{
  TandemObject       *object;     /* only held, never read: it may change meanwhile */
  TandemObjectClass  *klass;
  const char         *id;
  const char         *created;
  const char         *created_by;
  const char         *modified;
  const char         *modified_by;
  GValue             *values;     /* klass->n_fields shallow copies */
  GPtrArray          *extra_attributes;
  GPtrArray          *extra_elements;
  GPtrArray         **collections; /* of TandemFrozenObject: the children, or the
                                    * workspace's containers in their order */
  guint               n_collections;
  gboolean            root;
};

GArray    *_tandem_object_collect_valist       (TandemObject *self,
                                                const char   *first_field,
                                                va_list       args);
void       _tandem_object_get_field_property (GObject      *object,
                                                guint         prop_id,
                                                GValue       *value,
                                                GParamSpec   *pspec);
void       _tandem_object_set_id               (TandemObject *self,
                                                const char   *id);
void       _tandem_object_set_stamps           (TandemObject *self,
                                                const char   *created,
                                                const char   *created_by,
                                                const char   *modified,
                                                const char   *modified_by);
void       _tandem_object_set_value            (TandemObject *self,
                                                guint         field,
                                                const GValue *value);
void       _tandem_object_take_identity        (TandemObject *self,
                                                char         *id,
                                                char         *created,
                                                char         *created_by,
                                                char         *modified,
                                                char         *modified_by);
gboolean   _tandem_field_parse_xml_text        (const TandemFieldInfo *info,
                                                const char   *text,
                                                GValue       *value,
                                                GError      **error);
void       _tandem_object_take_value           (TandemObject *self,
                                                guint         field,
                                                GValue       *value);
void       _tandem_object_set_parent           (TandemObject *self,
                                                TandemObject *parent);
void       _tandem_object_add_extra_attribute  (TandemObject *self,
                                                const char   *prefix,
                                                const char   *name,
                                                const char   *ns,
                                                const char   *value);
void       _tandem_object_add_extra_element    (TandemObject *self,
                                                const char   *container,
                                                const char   *xml);
TandemFrozenObject *_tandem_object_freeze     (TandemObject *object);
void       _tandem_frozen_object_free          (TandemFrozenObject *frozen);
GPtrArray *_tandem_object_get_extra_attributes (TandemObject *self);
TandemObject *_tandem_object_copy             (TandemObject *source);
GPtrArray *_tandem_object_get_extra_elements   (TandemObject *self);

G_END_DECLS
