/* tandem-xml-writer.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-xml-writer"

#include "config.h"

#include <libxml/xmlwriter.h>
#include <string.h>

#include "tandem-format-private.h"
#include "tandem-object-private.h"

/* Canonical output: the same workspace always gives the same bytes.  Objects
 * are sorted by id (not by rank: a drag then changes one line instead of
 * moving a block), attributes come in the order of the field tables, each
 * object's attributes stay on its start tag's line, long text and list items
 * get lines of their own, and indentation is two spaces. */

typedef struct
{
  xmlTextWriterPtr writer;
  int              depth;
} Writer;

static void
newline (Writer *self)
{
  static const char spaces[] = "                                                                ";

  xmlTextWriterWriteRaw (self->writer, (const xmlChar *) "\n");
  xmlTextWriterWriteRawLen (self->writer, (const xmlChar *) spaces, MIN (self->depth * 2, 64));
}

static void
start_element (Writer     *self,
               const char *name)
{
  newline (self);
  xmlTextWriterStartElement (self->writer, (const xmlChar *) name);
  self->depth++;
}

static void
end_element (Writer   *self,
             gboolean  had_children)
{
  self->depth--;
  if (had_children)
    {
      newline (self);
      xmlTextWriterFullEndElement (self->writer);
    }
  else
    xmlTextWriterEndElement (self->writer);
}

static void
attribute (Writer     *self,
           const char *name,
           const char *value)
{
  if (value != NULL)
    xmlTextWriterWriteAttribute (self->writer, (const xmlChar *) name, (const xmlChar *) value);
}

static void
text_element (Writer     *self,
              const char *name,
              const char *text)
{
  start_element (self, name);
  xmlTextWriterWriteString (self->writer, (const xmlChar *) text);
  self->depth--;
  xmlTextWriterFullEndElement (self->writer);
}

static int
compare_by_id (gconstpointer a,
               gconstpointer b)
{
  const TandemFrozenObject *oa = *(TandemFrozenObject **) a;
  const TandemFrozenObject *ob = *(TandemFrozenObject **) b;

  return strcmp (oa->id, ob->id);
}

static GPtrArray *
sorted_items (GPtrArray *collection)
{
  GPtrArray *items = g_ptr_array_new_full (collection->len, NULL);

  for (guint i = 0; i < collection->len; i++)
    g_ptr_array_add (items, g_ptr_array_index (collection, i));
  g_ptr_array_sort (items, compare_by_id);
  return items;
}

static void
write_extra_attributes (Writer             *self,
                        TandemFrozenObject *object)
{
  GPtrArray *extras = object->extra_attributes;
  g_autoptr(GHashTable) declared = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; extras != NULL && i < extras->len; i++)
    {
      TandemExtraAttribute *attr = g_ptr_array_index (extras, i);

      if (attr->prefix != NULL && g_strcmp0 (attr->prefix, "xml") != 0 &&
          !g_hash_table_contains (declared, attr->prefix))
        {
          g_autofree char *decl = g_strconcat ("xmlns:", attr->prefix, NULL);

          g_hash_table_add (declared, attr->prefix);
          attribute (self, decl, attr->ns);
        }
    }

  for (guint i = 0; extras != NULL && i < extras->len; i++)
    {
      TandemExtraAttribute *attr = g_ptr_array_index (extras, i);
      g_autofree char *qname = attr->prefix != NULL ? g_strconcat (attr->prefix, ":", attr->name, NULL)
                                                    : g_strdup (attr->name);

      attribute (self, qname, attr->value);
    }
}

static gboolean
has_extra_elements (TandemFrozenObject *object,
                    const char         *container)
{
  GPtrArray *extras = object->extra_elements;

  for (guint i = 0; extras != NULL && i < extras->len; i++)
    if (g_strcmp0 (((TandemExtraElement *) g_ptr_array_index (extras, i))->container, container) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
write_extra_elements (Writer             *self,
                      TandemFrozenObject *object,
                      const char         *container)
{
  GPtrArray *extras = object->extra_elements;
  gboolean wrote = FALSE;

  for (guint i = 0; extras != NULL && i < extras->len; i++)
    {
      TandemExtraElement *element = g_ptr_array_index (extras, i);

      if (g_strcmp0 (element->container, container) != 0)
        continue;
      newline (self);
      xmlTextWriterWriteRaw (self->writer, (const xmlChar *) element->xml);
      wrote = TRUE;
    }
  return wrote;
}

static void write_object (Writer             *self,
                          TandemFrozenObject *object);

static gboolean
write_collection (Writer    *self,
                  GPtrArray *collection)
{
  g_autoptr(GPtrArray) items = sorted_items (collection);

  for (guint i = 0; i < items->len; i++)
    write_object (self, g_ptr_array_index (items, i));
  return items->len > 0;
}

static gboolean
write_body (Writer             *self,
            TandemFrozenObject *object)
{
  TandemObjectClass *klass = object->klass;
  gboolean had_children = FALSE;

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const TandemFieldInfo *info = &klass->fields[i];
      const GValue *value = &object->values[i];

      if (info->type == TANDEM_FIELD_TEXT && g_value_get_string (value) != NULL)
        {
          text_element (self, info->name, g_value_get_string (value));
          had_children = TRUE;
        }
      else if (info->type == TANDEM_FIELD_LIST || info->type == TANDEM_FIELD_REF_LIST)
        {
          const char * const *items = g_value_get_boxed (value);

          for (guint k = 0; items != NULL && items[k] != NULL; k++)
            {
              text_element (self, info->item, items[k]);
              had_children = TRUE;
            }
        }
    }

  if (g_type_is_a (G_TYPE_FROM_CLASS (klass), TANDEM_TYPE_WORKSPACE))
    {
      const char * const *containers = tandem_workspace_list_containers ();

      for (guint i = 0; containers[i] != NULL && i < object->n_collections; i++)
        {
          /* An empty container is left out, so a kind added in a later
           * version changes nothing in files that have none of it. */
          if (object->collections[i]->len == 0 && !has_extra_elements (object, containers[i]))
            continue;
          start_element (self, containers[i]);
          write_collection (self, object->collections[i]);
          write_extra_elements (self, object, containers[i]);
          end_element (self, TRUE);
          had_children = TRUE;
        }
    }
  else if (object->n_collections > 0)
    had_children |= write_collection (self, object->collections[0]);

  had_children |= write_extra_elements (self, object, NULL);
  return had_children;
}

static void
write_attributes (Writer             *self,
                  TandemFrozenObject *object)
{
  TandemObjectClass *klass = object->klass;

  attribute (self, "id", object->id);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const TandemFieldInfo *info = &klass->fields[i];
      const GValue *value = &object->values[i];
      g_autofree char *text = NULL;

      if (info->type == TANDEM_FIELD_TEXT || info->type == TANDEM_FIELD_LIST ||
          info->type == TANDEM_FIELD_REF_LIST)
        continue;
      if (info->type != TANDEM_FIELD_ENUM && !info->required && tandem_field_is_default (info, value))
        continue;
      text = tandem_field_to_string (info, value);
      attribute (self, info->name, text);
    }
  attribute (self, "created", object->created);
  attribute (self, "created-by", object->created_by);
  attribute (self, "modified", object->modified);
  attribute (self, "modified-by", object->modified_by);
  write_extra_attributes (self, object);
}

static void
write_object (Writer             *self,
              TandemFrozenObject *object)
{
  start_element (self, object->klass->kind);
  write_attributes (self, object);
  end_element (self, write_body (self, object));
}

/**
 * _tandem_xml_write_frozen:
 * @workspace: a frozen workspace
 *
 * Serialises a frozen copy of a workspace, in any thread.
 *
 * Returns: (transfer full): the bytes of the file
 */
GBytes *
_tandem_xml_write_frozen (TandemFrozenObject *workspace)
{
  Writer self = { 0, };
  xmlBufferPtr buffer;
  GBytes *bytes;

  g_return_val_if_fail (workspace != NULL, NULL);

  buffer = xmlBufferCreate ();
  self.writer = xmlNewTextWriterMemory (buffer, 0);

  xmlTextWriterStartDocument (self.writer, "1.0", "UTF-8", NULL);
  xmlTextWriterStartElement (self.writer, (const xmlChar *) "workspace");
  attribute (&self, "xmlns", TANDEM_NAMESPACE);
  attribute (&self, "version", TANDEM_FORMAT_VERSION);
  write_attributes (&self, workspace);
  self.depth = 1;
  end_element (&self, write_body (&self, workspace));
  xmlTextWriterEndDocument (self.writer);
  xmlFreeTextWriter (self.writer);

  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}

/**
 * tandem_xml_write:
 *
 * Serialises @workspace canonically.  Everything it writes is valid against
 * data/tandem-workspace.rng and reads back to the same workspace.
 *
 * Returns: (transfer full): the bytes of the file
 */
GBytes *
tandem_xml_write (TandemWorkspace *workspace)
{
  TandemFrozenObject *frozen;
  GBytes *bytes;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);

  frozen = _tandem_object_freeze (TANDEM_OBJECT (workspace));
  bytes = _tandem_xml_write_frozen (frozen);
  _tandem_frozen_object_free (frozen);
  return bytes;
}
