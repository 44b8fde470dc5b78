/* tandem-object.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-object"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gobject/gvaluecollector.h>
#include <math.h>
#include <string.h>

#include "tandem-collection-private.h"
#include "tandem-object-private.h"
#include "tandem-rank.h"
#include "tandem-workspace.h"

typedef struct
{
  char             *id;
  char             *created;
  char             *created_by;
  char             *modified;
  char             *modified_by;
  TandemObject     *parent;      /* unowned: the parent owns us through its collection */
  GValue           *values;
  TandemCollection *children;
  GPtrArray        *extra_attributes;
  GPtrArray        *extra_elements;
} TandemObjectPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (TandemObject, tandem_object, G_TYPE_OBJECT)
G_DEFINE_QUARK (tandem-object-error-quark, tandem_object_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED,
  PROP_CREATED_BY,
  PROP_MODIFIED,
  PROP_MODIFIED_BY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];
static GHashTable *kinds;
static const char * const empty_list[] = { NULL };

static void
extra_attribute_free (gpointer data)
{
  TandemExtraAttribute *attr = data;

  g_free (attr->prefix);
  g_free (attr->name);
  g_free (attr->ns);
  g_free (attr->value);
  g_free (attr);
}

static void
extra_element_free (gpointer data)
{
  TandemExtraElement *element = data;

  g_free (element->container);
  g_free (element->xml);
  g_free (element);
}

static void
tandem_object_finalize (GObject *object)
{
  TandemObject *self = TANDEM_OBJECT (object);
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    g_value_unset (&priv->values[i]);
  g_free (priv->values);
  g_free (priv->id);
  g_free (priv->created);
  g_free (priv->created_by);
  g_free (priv->modified);
  g_free (priv->modified_by);
  g_clear_object (&priv->children);
  g_clear_pointer (&priv->extra_attributes, g_ptr_array_unref);
  g_clear_pointer (&priv->extra_elements, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_object_parent_class)->finalize (object);
}

static void
tandem_object_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TandemObject *self = TANDEM_OBJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, tandem_object_get_id (self));
      break;

    case PROP_CREATED:
      g_value_set_string (value, tandem_object_get_created (self));
      break;

    case PROP_CREATED_BY:
      g_value_set_string (value, tandem_object_get_created_by (self));
      break;

    case PROP_MODIFIED:
      g_value_set_string (value, tandem_object_get_modified (self));
      break;

    case PROP_MODIFIED_BY:
      g_value_set_string (value, tandem_object_get_modified_by (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Installed on each subclass: its property ids are its field indexes plus one. */
void
_tandem_object_get_field_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TandemObject *self = TANDEM_OBJECT (object);

  g_value_copy (tandem_object_get_value (self, prop_id - 1), value);
}

static void
tandem_object_constructed (GObject *object)
{
  TandemObject *self = TANDEM_OBJECT (object);
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (self);

  G_OBJECT_CLASS (tandem_object_parent_class)->constructed (object);

  priv->values = g_new0 (GValue, klass->n_fields);
  for (guint i = 0; i < klass->n_fields; i++)
    tandem_field_init_value (&klass->fields[i], &priv->values[i]);

  if (klass->child_type != G_TYPE_NONE)
    priv->children = _tandem_collection_new (klass->child_type, self);
}

static void
tandem_object_class_init (TandemObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tandem_object_constructed;
  object_class->finalize = tandem_object_finalize;
  object_class->get_property = tandem_object_get_property;

  klass->child_type = G_TYPE_NONE;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_CREATED_BY] =
    g_param_spec_string ("created-by", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_MODIFIED] =
    g_param_spec_string ("modified", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_MODIFIED_BY] =
    g_param_spec_string ("modified-by", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_object_init (TandemObject *self)
{
}

static GParamSpec *
field_param_spec (const TandemFieldInfo *info)
{
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  switch (info->type)
    {
    case TANDEM_FIELD_INT:
      if (info->min < info->max)
        return g_param_spec_int (info->name, NULL, NULL, info->min, info->max,
                                 CLAMP (0, info->min, info->max), flags);
      return g_param_spec_int (info->name, NULL, NULL, G_MININT, G_MAXINT, 0, flags);

    case TANDEM_FIELD_DOUBLE:
      return g_param_spec_double (info->name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);

    case TANDEM_FIELD_BOOLEAN:
      return g_param_spec_boolean (info->name, NULL, NULL, FALSE, flags);

    case TANDEM_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (info->enum_type ());

        return g_param_spec_enum (info->name, NULL, NULL, info->enum_type (),
                                  enum_class->values[0].value, flags);
      }

    case TANDEM_FIELD_LIST:
    case TANDEM_FIELD_REF_LIST:
      return g_param_spec_boxed (info->name, NULL, NULL, G_TYPE_STRV, flags);

    case TANDEM_FIELD_STRING:
    case TANDEM_FIELD_TEXT:
    case TANDEM_FIELD_DATE:
    case TANDEM_FIELD_TARGET:
    case TANDEM_FIELD_TIMESTAMP:
    case TANDEM_FIELD_RANK:
    case TANDEM_FIELD_REF:
    default:
      return g_param_spec_string (info->name, NULL, NULL, NULL, flags);
    }
}

/**
 * tandem_object_class_install_fields:
 *
 * Called from a subclass's class_init: describes its fields, installs one
 * read-only property for each and registers @kind for the readers.
 */
void
tandem_object_class_install_fields (TandemObjectClass     *klass,
                                    const char            *kind,
                                    const char            *id_prefix,
                                    const TandemFieldInfo *fields,
                                    guint                  n_fields,
                                    GType                  child_type)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (TANDEM_IS_OBJECT_CLASS (klass));

  klass->kind = kind;
  klass->id_prefix = id_prefix;
  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->child_type = child_type;
  object_class->get_property = _tandem_object_get_field_property;

  for (guint i = 0; i < n_fields; i++)
    g_object_class_install_property (object_class, i + 1, field_param_spec (&fields[i]));

  if (kinds == NULL)
    kinds = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (kinds, (gpointer) kind, GSIZE_TO_POINTER (G_TYPE_FROM_CLASS (klass)));
}

const TandemFieldInfo *
tandem_object_class_find_field (TandemObjectClass *klass,
                                const char        *name,
                                guint             *index)
{
  g_return_val_if_fail (TANDEM_IS_OBJECT_CLASS (klass), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (strcmp (klass->fields[i].name, name) == 0)
        {
          if (index != NULL)
            *index = i;
          return &klass->fields[i];
        }
    }

  return NULL;
}

/**
 * tandem_object_type_from_kind:
 * @kind: an element name such as "card"
 *
 * Returns: the type registered for @kind, or %G_TYPE_INVALID.
 */
GType
tandem_object_type_from_kind (const char *kind)
{
  g_return_val_if_fail (kind != NULL, G_TYPE_INVALID);

  if (kinds == NULL)
    return G_TYPE_INVALID;
  return GPOINTER_TO_SIZE (g_hash_table_lookup (kinds, kind));
}

static char *
id_new (const char *prefix,
        GRand      *rand)
{
  static const char alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
  char random_part[13];

  /* 60 random bits in Crockford's base 32: collisions are out of reach even
   * for workspaces merged from many copies. */
  for (guint i = 0; i < 12; i++)
    random_part[i] = alphabet[rand != NULL ? g_rand_int_range (rand, 0, 32)
                                           : g_random_int_range (0, 32)];
  random_part[12] = '\0';

  return g_strconcat (prefix, "-", random_part, NULL);
}

char *
tandem_id_new (const char *prefix)
{
  g_return_val_if_fail (prefix != NULL, NULL);

  return id_new (prefix, NULL);
}

/**
 * tandem_id_new_from_rand:
 * @rand: the generator to draw from
 *
 * Like tandem_id_new(), but draws from @rand, so that a seeded generator gives
 * the same ids every time (generated test workspaces).  Ids for real edits
 * come from tandem_id_new().
 */
char *
tandem_id_new_from_rand (const char *prefix,
                         GRand      *rand)
{
  g_return_val_if_fail (prefix != NULL, NULL);
  g_return_val_if_fail (rand != NULL, NULL);

  return id_new (prefix, rand);
}

char *
tandem_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

const char *
tandem_object_get_kind (TandemObject *self)
{
  g_return_val_if_fail (TANDEM_IS_OBJECT (self), NULL);

  return TANDEM_OBJECT_GET_CLASS (self)->kind;
}

const char *
tandem_object_get_id (TandemObject *self)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_OBJECT (self), NULL);

  return priv->id;
}

const char *
tandem_object_get_created (TandemObject *self)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_OBJECT (self), NULL);

  return priv->created;
}

const char *
tandem_object_get_created_by (TandemObject *self)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_OBJECT (self), NULL);

  return priv->created_by;
}

const char *
tandem_object_get_modified (TandemObject *self)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_OBJECT (self), NULL);

  return priv->modified;
}

const char *
tandem_object_get_modified_by (TandemObject *self)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_OBJECT (self), NULL);

  return priv->modified_by;
}

/**
 * tandem_object_get_parent:
 *
 * Returns: (transfer none) (nullable): the object whose children include this
 *   one (a launch for a task), the workspace for a top-level object, or %NULL
 *   when it is not in a workspace.
 */
TandemObject *
tandem_object_get_parent (TandemObject *self)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_OBJECT (self), NULL);

  return priv->parent;
}

/**
 * tandem_object_get_children:
 *
 * Returns: (transfer none) (nullable): the owned children (a card's metrics, a
 *   launch's tasks…), or %NULL for a kind without children.
 */
TandemCollection *
tandem_object_get_children (TandemObject *self)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_OBJECT (self), NULL);

  return priv->children;
}

const GValue *
tandem_object_get_value (TandemObject *self,
                         guint         field)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_OBJECT (self), NULL);
  g_return_val_if_fail (field < TANDEM_OBJECT_GET_CLASS (self)->n_fields, NULL);

  return &priv->values[field];
}

static const GValue *
lookup_value (TandemObject *self,
              const char   *field)
{
  guint index;

  if (tandem_object_class_find_field (TANDEM_OBJECT_GET_CLASS (self), field, &index) == NULL)
    {
      g_critical ("%s has no field “%s”", G_OBJECT_TYPE_NAME (self), field);
      return NULL;
    }
  return tandem_object_get_value (self, index);
}

/**
 * tandem_object_get_string:
 *
 * Returns: (nullable): the value of a field kept as text (strings, text, dates,
 *   ranks, references), or %NULL when it is unset.
 */
const char *
tandem_object_get_string (TandemObject *self,
                          const char   *field)
{
  const GValue *value;

  g_return_val_if_fail (TANDEM_IS_OBJECT (self), NULL);

  value = lookup_value (self, field);
  g_return_val_if_fail (value != NULL && G_VALUE_HOLDS_STRING (value), NULL);
  return g_value_get_string (value);
}

/**
 * tandem_object_get_int:
 *
 * Returns: the value of an integer, boolean or enumeration field.
 */
int
tandem_object_get_int (TandemObject *self,
                       const char   *field)
{
  const GValue *value;

  g_return_val_if_fail (TANDEM_IS_OBJECT (self), 0);

  value = lookup_value (self, field);
  g_return_val_if_fail (value != NULL, 0);
  if (G_VALUE_HOLDS_ENUM (value))
    return g_value_get_enum (value);
  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_value_get_boolean (value);
  g_return_val_if_fail (G_VALUE_HOLDS_INT (value), 0);
  return g_value_get_int (value);
}

double
tandem_object_get_double (TandemObject *self,
                          const char   *field)
{
  const GValue *value;

  g_return_val_if_fail (TANDEM_IS_OBJECT (self), 0);

  value = lookup_value (self, field);
  g_return_val_if_fail (value != NULL && G_VALUE_HOLDS_DOUBLE (value), 0);
  return g_value_get_double (value);
}

/**
 * tandem_object_get_list:
 *
 * Returns: (transfer none): the items of a list field; never %NULL.
 */
const char * const *
tandem_object_get_list (TandemObject *self,
                        const char   *field)
{
  const GValue *value;
  const char * const *list;

  g_return_val_if_fail (TANDEM_IS_OBJECT (self), empty_list);

  value = lookup_value (self, field);
  g_return_val_if_fail (value != NULL && G_VALUE_HOLDS (value, G_TYPE_STRV), empty_list);
  list = g_value_get_boxed (value);
  return list != NULL ? list : empty_list;
}

/* Fields and their values */

static GType
field_gtype (const TandemFieldInfo *info)
{
  switch (info->type)
    {
    case TANDEM_FIELD_INT:
      return G_TYPE_INT;
    case TANDEM_FIELD_DOUBLE:
      return G_TYPE_DOUBLE;
    case TANDEM_FIELD_BOOLEAN:
      return G_TYPE_BOOLEAN;
    case TANDEM_FIELD_ENUM:
      return info->enum_type ();
    case TANDEM_FIELD_LIST:
    case TANDEM_FIELD_REF_LIST:
      return G_TYPE_STRV;
    case TANDEM_FIELD_STRING:
    case TANDEM_FIELD_TEXT:
    case TANDEM_FIELD_DATE:
    case TANDEM_FIELD_TARGET:
    case TANDEM_FIELD_TIMESTAMP:
    case TANDEM_FIELD_RANK:
    case TANDEM_FIELD_REF:
    default:
      return G_TYPE_STRING;
    }
}

/**
 * tandem_field_init_value:
 * @value: an unset #GValue
 *
 * Initialises @value to the field's type and default.
 */
void
tandem_field_init_value (const TandemFieldInfo *info,
                         GValue                *value)
{
  g_value_init (value, field_gtype (info));
  if (info->type == TANDEM_FIELD_INT && info->min < info->max)
    g_value_set_int (value, CLAMP (0, info->min, info->max));
}

gboolean
tandem_field_is_default (const TandemFieldInfo *info,
                         const GValue          *value)
{
  g_auto(GValue) def = G_VALUE_INIT;

  tandem_field_init_value (info, &def);
  return tandem_field_values_equal (info, &def, value);
}

gboolean
tandem_field_values_equal (const TandemFieldInfo *info,
                           const GValue          *a,
                           const GValue          *b)
{
  switch (info->type)
    {
    case TANDEM_FIELD_INT:
      return g_value_get_int (a) == g_value_get_int (b);
    case TANDEM_FIELD_DOUBLE:
      return g_value_get_double (a) == g_value_get_double (b);
    case TANDEM_FIELD_BOOLEAN:
      return g_value_get_boolean (a) == g_value_get_boolean (b);
    case TANDEM_FIELD_ENUM:
      return g_value_get_enum (a) == g_value_get_enum (b);
    case TANDEM_FIELD_LIST:
    case TANDEM_FIELD_REF_LIST:
      {
        const char * const *la = g_value_get_boxed (a);
        const char * const *lb = g_value_get_boxed (b);

        return g_strv_equal (la != NULL ? la : empty_list, lb != NULL ? lb : empty_list);
      }
    case TANDEM_FIELD_STRING:
    case TANDEM_FIELD_TEXT:
    case TANDEM_FIELD_DATE:
    case TANDEM_FIELD_TARGET:
    case TANDEM_FIELD_TIMESTAMP:
    case TANDEM_FIELD_RANK:
    case TANDEM_FIELD_REF:
    default:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    }
}

static gboolean
parse_fixed_int (const char *s,
                 guint       digits,
                 int        *out)
{
  int v = 0;

  for (guint i = 0; i < digits; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (s[i] - '0');
    }
  *out = v;
  return TRUE;
}

/* YYYY-MM-DD, a day that exists. */
gboolean
tandem_date_is_valid (const char *text)
{
  int y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!parse_fixed_int (text, 4, &y) || !parse_fixed_int (text + 5, 2, &m) ||
      !parse_fixed_int (text + 8, 2, &d))
    return FALSE;
  return y >= 1 && g_date_valid_dmy (d, m, y);
}

/* A day (YYYY-MM-DD) or a quarter (YYYY-Qn). */
gboolean
tandem_target_is_valid (const char *text)
{
  int y;

  if (tandem_date_is_valid (text))
    return TRUE;
  return text != NULL && strlen (text) == 7 && parse_fixed_int (text, 4, &y) && y >= 1 &&
         text[4] == '-' && text[5] == 'Q' && text[6] >= '1' && text[6] <= '4';
}

/* YYYY-MM-DDThh:mm:ssZ, in UTC. */
gboolean
tandem_timestamp_is_valid (const char *text)
{
  int h = 0, min = 0, s = 0;

  if (text == NULL || strlen (text) != 20 || text[10] != 'T' || text[13] != ':' ||
      text[16] != ':' || text[19] != 'Z')
    return FALSE;
  {
    g_autofree char *date = g_strndup (text, 10);

    if (!tandem_date_is_valid (date))
      return FALSE;
  }
  return parse_fixed_int (text + 11, 2, &h) && parse_fixed_int (text + 14, 2, &min) &&
         parse_fixed_int (text + 17, 2, &s) && h < 24 && min < 60 && s < 60;
}

static gboolean
is_id (const char *text)
{
  if (text == NULL || text[0] == '\0' || strlen (text) > 64)
    return FALSE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  return TRUE;
}

/* Valid UTF-8 that XML 1.0 can carry: no control characters but tab and
 * newlines, no U+FFFE or U+FFFF.  Once the UTF-8 is known to be valid, this
 * works on bytes: every file's text goes through here while it loads. */
static gboolean
is_xml_text (const char *text)
{
  const guchar *p;

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (p = (const guchar *) text; *p; p++)
    {
      if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        return FALSE;
      /* U+FFFE and U+FFFF are EF BF BE and EF BF BF. */
      if (*p == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_text (const TandemFieldInfo *info,
            const char            *text,
            gboolean               xml_text,
            GError               **error)
{
  const char *expected = NULL;

  if (text == NULL)
    {
      if (info->required)
        {
          g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                       _("“%s” is required"), info->name);
          return FALSE;
        }
      return TRUE;
    }

  if (info->type != TANDEM_FIELD_TEXT && info->type != TANDEM_FIELD_LIST &&
      info->type != TANDEM_FIELD_REF_LIST && strlen (text) > TANDEM_FIELD_MAX_SHORT_LENGTH)
    {
      g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                   _("“%s” is longer than %d bytes"), info->name, TANDEM_FIELD_MAX_SHORT_LENGTH);
      return FALSE;
    }

  switch (info->type)
    {
    case TANDEM_FIELD_DATE:
      if (!tandem_date_is_valid (text))
        expected = _("a date (YYYY-MM-DD)");
      break;
    case TANDEM_FIELD_TARGET:
      if (!tandem_target_is_valid (text))
        expected = _("a date (YYYY-MM-DD) or a quarter (YYYY-Qn)");
      break;
    case TANDEM_FIELD_TIMESTAMP:
      if (!tandem_timestamp_is_valid (text))
        expected = _("a UTC time (YYYY-MM-DDThh:mm:ssZ)");
      break;
    case TANDEM_FIELD_RANK:
      if (!tandem_rank_is_valid (text))
        expected = _("a rank");
      break;
    case TANDEM_FIELD_REF:
    case TANDEM_FIELD_REF_LIST:
    case TANDEM_FIELD_ID:
      if (!is_id (text))
        expected = _("an id");
      break;
    case TANDEM_FIELD_STRING:
    case TANDEM_FIELD_TEXT:
    case TANDEM_FIELD_LIST:
    case TANDEM_FIELD_INT:
    case TANDEM_FIELD_DOUBLE:
    case TANDEM_FIELD_BOOLEAN:
    case TANDEM_FIELD_ENUM:
    default:
      if (!xml_text && !is_xml_text (text))
        expected = _("text without control characters");
      break;
    }

  if (expected != NULL)
    {
      g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                   _("“%s” must be %s, not “%s”"), info->name, expected, text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_value (const TandemFieldInfo *info,
             const GValue          *value,
             gboolean               xml_text,
             GError               **error)
{
  if (!G_VALUE_HOLDS (value, field_gtype (info)))
    {
      g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                   _("“%s” does not take a %s"), info->name, G_VALUE_TYPE_NAME (value));
      return FALSE;
    }

  switch (info->type)
    {
    case TANDEM_FIELD_INT:
      if (info->min < info->max &&
          (g_value_get_int (value) < info->min || g_value_get_int (value) > info->max))
        {
          g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                       _("“%s” must be from %d to %d, not %d"),
                       info->name, info->min, info->max, g_value_get_int (value));
          return FALSE;
        }
      return TRUE;

    case TANDEM_FIELD_DOUBLE:
      if (!isfinite (g_value_get_double (value)) || g_value_get_double (value) < 0)
        {
          g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                       _("“%s” must be a number of zero or more"), info->name);
          return FALSE;
        }
      return TRUE;

    case TANDEM_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (info->enum_type ());

        if (g_enum_get_value (enum_class, g_value_get_enum (value)) == NULL)
          {
            g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                         _("“%s” has no value %d"), info->name, g_value_get_enum (value));
            return FALSE;
          }
        return TRUE;
      }

    case TANDEM_FIELD_BOOLEAN:
      return TRUE;

    case TANDEM_FIELD_LIST:
    case TANDEM_FIELD_REF_LIST:
      {
        const char * const *list = g_value_get_boxed (value);

        for (guint i = 0; list != NULL && list[i] != NULL; i++)
          {
            if (list[i][0] == '\0')
              {
                g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                             _("“%s” has an empty item"), info->name);
                return FALSE;
              }
            if (!check_text (info, list[i], xml_text, error))
              return FALSE;
          }
        return TRUE;
      }

    case TANDEM_FIELD_STRING:
    case TANDEM_FIELD_TEXT:
    case TANDEM_FIELD_DATE:
    case TANDEM_FIELD_TARGET:
    case TANDEM_FIELD_TIMESTAMP:
    case TANDEM_FIELD_RANK:
    case TANDEM_FIELD_REF:
    default:
      return check_text (info, g_value_get_string (value), xml_text, error);
    }
}

/**
 * tandem_field_check:
 *
 * Returns: whether @value is acceptable for the field: the right type, within
 *   range, and well-formed dates, ranks and ids.
 */
gboolean
tandem_field_check (const TandemFieldInfo *info,
                    const GValue          *value,
                    GError               **error)
{
  g_return_val_if_fail (info != NULL, FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  return check_value (info, value, FALSE, error);
}

static gboolean
parse_value (const TandemFieldInfo *info,
             const char            *text,
             gboolean               xml_text,
             GValue                *value,
             GError               **error)
{
  g_auto(GValue) parsed = G_VALUE_INIT;

  tandem_field_init_value (info, &parsed);

  switch (info->type)
    {
    case TANDEM_FIELD_INT:
      {
        gint64 v;

        if (!g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &v, NULL))
          {
            g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                         _("“%s” must be a whole number, not “%s”"), info->name, text);
            return FALSE;
          }
        g_value_set_int (&parsed, (int) v);
        break;
      }

    case TANDEM_FIELD_DOUBLE:
      {
        char *end = NULL;
        double v = g_ascii_strtod (text, &end);

        /* Decimal notation only: g_ascii_strtod() also takes hex and "nan". */
        if (text[0] == '\0' || end == NULL || *end != '\0' ||
            strspn (text, "0123456789+-.eE") != strlen (text))
          {
            g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                         _("“%s” must be a number, not “%s”"), info->name, text);
            return FALSE;
          }
        g_value_set_double (&parsed, v);
        break;
      }

    case TANDEM_FIELD_BOOLEAN:
      if (strcmp (text, "true") == 0)
        g_value_set_boolean (&parsed, TRUE);
      else if (strcmp (text, "false") != 0)
        {
          g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                       _("“%s” must be true or false, not “%s”"), info->name, text);
          return FALSE;
        }
      break;

    case TANDEM_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (info->enum_type ());
        GEnumValue *ev = g_enum_get_value_by_nick (enum_class, text);

        if (ev == NULL)
          {
            g_autoptr(GString) choices = g_string_new (NULL);

            for (guint i = 0; i < enum_class->n_values; i++)
              g_string_append_printf (choices, "%s%s", i ? ", " : "",
                                      enum_class->values[i].value_nick);
            g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                         _("“%s” must be one of %s, not “%s”"), info->name, choices->str, text);
            return FALSE;
          }
        g_value_set_enum (&parsed, ev->value);
        break;
      }

    case TANDEM_FIELD_LIST:
    case TANDEM_FIELD_REF_LIST:
      {
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
        const char * const *old = G_IS_VALUE (value) ? g_value_get_boxed (value) : NULL;

        if (old != NULL)
          g_strv_builder_addv (builder, (const char **) old);
        g_strv_builder_add (builder, text);
        g_value_take_boxed (&parsed, g_strv_builder_end (builder));
        break;
      }

    case TANDEM_FIELD_STRING:
    case TANDEM_FIELD_TEXT:
    case TANDEM_FIELD_DATE:
    case TANDEM_FIELD_TARGET:
    case TANDEM_FIELD_TIMESTAMP:
    case TANDEM_FIELD_RANK:
    case TANDEM_FIELD_REF:
    default:
      g_value_set_string (&parsed, text[0] != '\0' ? text : NULL);
      break;
    }

  if (!check_value (info, &parsed, xml_text, error))
    return FALSE;

  /* Moved, not copied: notes run to kilobytes. */
  if (G_IS_VALUE (value))
    g_value_unset (value);
  *value = parsed;
  memset (&parsed, 0, sizeof parsed);
  return TRUE;
}

/**
 * tandem_field_parse:
 * @value: an unset #GValue
 *
 * Parses the text form of one value (an attribute, or one list item appended to
 * a list already held in @value when @value is set).
 */
gboolean
tandem_field_parse (const TandemFieldInfo *info,
                    const char            *text,
                    GValue                *value,
                    GError               **error)
{
  g_return_val_if_fail (info != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  return parse_value (info, text, FALSE, value, error);
}

/**
 * _tandem_field_parse_xml_text:
 *
 * tandem_field_parse() for readers whose parser has already checked that
 * @text is XML character data (valid UTF-8, no control characters): that
 * check is the costliest part of loading long notes, and need not run twice.
 */
gboolean
_tandem_field_parse_xml_text (const TandemFieldInfo *info,
                              const char            *text,
                              GValue                *value,
                              GError               **error)
{
  return parse_value (info, text, TRUE, value, error);
}

/**
 * tandem_field_to_string:
 *
 * Returns: (transfer full) (nullable): the canonical text of a value that is not
 *   a list, or %NULL for an unset string.
 */
char *
tandem_field_to_string (const TandemFieldInfo *info,
                        const GValue          *value)
{
  g_return_val_if_fail (info != NULL, NULL);

  switch (info->type)
    {
    case TANDEM_FIELD_INT:
      return g_strdup_printf ("%d", g_value_get_int (value));

    case TANDEM_FIELD_DOUBLE:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];

        return g_strdup (g_ascii_dtostr (buf, sizeof buf, g_value_get_double (value)));
      }

    case TANDEM_FIELD_BOOLEAN:
      return g_strdup (g_value_get_boolean (value) ? "true" : "false");

    case TANDEM_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (info->enum_type ());
        GEnumValue *ev = g_enum_get_value (enum_class, g_value_get_enum (value));

        return ev != NULL ? g_strdup (ev->value_nick) : NULL;
      }

    case TANDEM_FIELD_LIST:
    case TANDEM_FIELD_REF_LIST:
      g_return_val_if_reached (NULL);

    case TANDEM_FIELD_STRING:
    case TANDEM_FIELD_TEXT:
    case TANDEM_FIELD_DATE:
    case TANDEM_FIELD_TARGET:
    case TANDEM_FIELD_TIMESTAMP:
    case TANDEM_FIELD_RANK:
    case TANDEM_FIELD_REF:
    default:
      return g_value_dup_string (value);
    }
}

/* Frozen objects
 *
 * A save serialises a frozen copy of the workspace in a worker thread while
 * the user goes on editing.  Freezing copies only the structure: the GValues
 * are copied shallowly, sharing their strings and lists with the live
 * objects.  While any frozen copy exists, an edit does not free the value it
 * replaces but retires it to a graveyard, emptied when the last frozen copy
 * is released; so the copy stays exactly the workspace as it was, at the cost
 * of a pointer copy per field instead of a deep copy of 30 MB. */

static GMutex  freeze_lock;
static guint   n_frozen;
static GArray *retired_values;   /* GValue */
static GPtrArray *retired_strings;

static void
retire_value (GValue *value)
{
  g_mutex_lock (&freeze_lock);
  if (n_frozen > 0)
    {
      if (retired_values == NULL)
        retired_values = g_array_new (FALSE, FALSE, sizeof (GValue));
      g_array_append_val (retired_values, *value);
      memset (value, 0, sizeof *value);
    }
  g_mutex_unlock (&freeze_lock);
  if (G_IS_VALUE (value))
    g_value_unset (value);
}

/* _tandem_set_str(), retiring the old string instead of freeing it. */
static gboolean
set_str_retiring (char       **str_pointer,
                  const char  *new_str)
{
  char *old = *str_pointer;

  if (g_strcmp0 (old, new_str) == 0)
    return FALSE;
  *str_pointer = g_strdup (new_str);
  g_mutex_lock (&freeze_lock);
  if (n_frozen > 0 && old != NULL)
    {
      if (retired_strings == NULL)
        retired_strings = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (retired_strings, g_steal_pointer (&old));
    }
  g_mutex_unlock (&freeze_lock);
  g_free (old);
  return TRUE;
}

static TandemFrozenObject *
freeze_one (TandemObject *object)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (object);
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (object);
  TandemFrozenObject *frozen = g_new0 (TandemFrozenObject, 1);
  const char * const *containers = tandem_workspace_list_containers ();
  TandemCollection **collections = g_newa (TandemCollection *, g_strv_length ((GStrv) containers) + 1);
  guint n_collections = 0;

  frozen->object = g_object_ref (object);
  frozen->klass = klass;
  frozen->id = priv->id;
  frozen->created = priv->created;
  frozen->created_by = priv->created_by;
  frozen->modified = priv->modified;
  frozen->modified_by = priv->modified_by;
  frozen->values = g_memdup2 (priv->values, sizeof (GValue) * klass->n_fields);
  if (priv->extra_attributes != NULL)
    frozen->extra_attributes = g_ptr_array_ref (priv->extra_attributes);
  if (priv->extra_elements != NULL)
    frozen->extra_elements = g_ptr_array_ref (priv->extra_elements);

  if (TANDEM_IS_WORKSPACE (object))
    {
      for (const char * const *c = containers; *c != NULL; c++)
        collections[n_collections++] = tandem_workspace_get_container (TANDEM_WORKSPACE (object), *c);
    }
  else if (priv->children != NULL)
    collections[n_collections++] = priv->children;

  frozen->n_collections = n_collections;
  frozen->collections = g_new0 (GPtrArray *, MAX (n_collections, 1));
  for (guint c = 0; c < n_collections; c++)
    {
      GListModel *model = G_LIST_MODEL (collections[c]);
      guint n = g_list_model_get_n_items (model);

      frozen->collections[c] = g_ptr_array_new_full (n, (GDestroyNotify) _tandem_frozen_object_free);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TandemObject) child = g_list_model_get_item (model, i);

          g_ptr_array_add (frozen->collections[c], freeze_one (child));
        }
    }
  return frozen;
}

/**
 * _tandem_object_freeze:
 *
 * Takes a frozen copy of @object and everything below it (for the workspace:
 * its containers), for serialising in another thread while edits go on.
 * Cheap: values are shared, see above.  Call on the thread that edits.
 *
 * Returns: (transfer full): the copy, to free with _tandem_frozen_object_free()
 *   from any thread
 */
TandemFrozenObject *
_tandem_object_freeze (TandemObject *object)
{
  TandemFrozenObject *frozen;

  g_return_val_if_fail (TANDEM_IS_OBJECT (object), NULL);

  g_mutex_lock (&freeze_lock);
  n_frozen++;
  g_mutex_unlock (&freeze_lock);

  frozen = freeze_one (object);
  frozen->root = TRUE;
  return frozen;
}

void
_tandem_frozen_object_free (TandemFrozenObject *frozen)
{
  g_autoptr(GArray) values = NULL;
  g_autoptr(GPtrArray) strings = NULL;

  for (guint c = 0; c < frozen->n_collections; c++)
    g_ptr_array_unref (frozen->collections[c]);
  g_free (frozen->collections);
  g_clear_pointer (&frozen->extra_attributes, g_ptr_array_unref);
  g_clear_pointer (&frozen->extra_elements, g_ptr_array_unref);
  g_free (frozen->values);
  g_object_unref (frozen->object);

  if (frozen->root)
    {
      g_mutex_lock (&freeze_lock);
      if (--n_frozen == 0)
        {
          values = g_steal_pointer (&retired_values);
          strings = g_steal_pointer (&retired_strings);
        }
      g_mutex_unlock (&freeze_lock);
      for (guint i = 0; values != NULL && i < values->len; i++)
        g_value_unset (&g_array_index (values, GValue, i));
    }
  g_free (frozen);
}

/* Private API */

void
_tandem_object_set_id (TandemObject *self,
                       const char   *id)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);

  if (set_str_retiring (&priv->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

void
_tandem_object_set_stamps (TandemObject *self,
                           const char   *created,
                           const char   *created_by,
                           const char   *modified,
                           const char   *modified_by)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);

  if (set_str_retiring (&priv->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CREATED]);
  if (set_str_retiring (&priv->created_by, created_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CREATED_BY]);
  if (set_str_retiring (&priv->modified, modified))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODIFIED]);
  if (set_str_retiring (&priv->modified_by, modified_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODIFIED_BY]);
}

void
_tandem_object_set_value (TandemObject *self,
                          guint         field,
                          const GValue *value)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (self);

  g_assert (field < klass->n_fields);

  if (tandem_field_values_equal (&klass->fields[field], &priv->values[field], value))
    return;
  retire_value (&priv->values[field]);
  g_value_init (&priv->values[field], G_VALUE_TYPE (value));
  g_value_copy (value, &priv->values[field]);
  g_object_notify (G_OBJECT (self), klass->fields[field].name);
}

/* For readers: takes the id and stamps (each may be %NULL) of an object
 * nobody sees yet, without notifying. */
void
_tandem_object_take_identity (TandemObject *self,
                              char         *id,
                              char         *created,
                              char         *created_by,
                              char         *modified,
                              char         *modified_by)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);

  g_free (priv->id);
  priv->id = id;
  g_free (priv->created);
  priv->created = created;
  g_free (priv->created_by);
  priv->created_by = created_by;
  g_free (priv->modified);
  priv->modified = modified;
  g_free (priv->modified_by);
  priv->modified_by = modified_by;
}

/* For readers: moves @value (which is left unset) into a field of an object
 * nobody sees yet, without comparing or notifying. */
void
_tandem_object_take_value (TandemObject *self,
                           guint         field,
                           GValue       *value)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);

  g_assert (field < TANDEM_OBJECT_GET_CLASS (self)->n_fields);
  g_assert (G_VALUE_TYPE (value) == G_VALUE_TYPE (&priv->values[field]));

  g_value_unset (&priv->values[field]);
  priv->values[field] = *value;
  memset (value, 0, sizeof *value);
}

void
_tandem_object_set_parent (TandemObject *self,
                           TandemObject *parent)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);

  priv->parent = parent;
}

void
_tandem_object_add_extra_attribute (TandemObject *self,
                                    const char   *prefix,
                                    const char   *name,
                                    const char   *ns,
                                    const char   *value)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);
  TandemExtraAttribute *attr = g_new0 (TandemExtraAttribute, 1);

  attr->prefix = g_strdup (prefix);
  attr->name = g_strdup (name);
  attr->ns = g_strdup (ns);
  attr->value = g_strdup (value);
  if (priv->extra_attributes == NULL)
    priv->extra_attributes = g_ptr_array_new_with_free_func (extra_attribute_free);
  g_ptr_array_add (priv->extra_attributes, attr);
}

void
_tandem_object_add_extra_element (TandemObject *self,
                                  const char   *container,
                                  const char   *xml)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);
  TandemExtraElement *element = g_new0 (TandemExtraElement, 1);

  element->container = g_strdup (container);
  element->xml = g_strdup (xml);
  if (priv->extra_elements == NULL)
    priv->extra_elements = g_ptr_array_new_with_free_func (extra_element_free);
  g_ptr_array_add (priv->extra_elements, element);
}

/**
 * _tandem_object_get_extra_attributes:
 *
 * Returns: (transfer none) (nullable): the #TandemExtraAttribute kept from the file.
 */
GPtrArray *
_tandem_object_get_extra_attributes (TandemObject *self)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);

  return priv->extra_attributes;
}

/**
 * _tandem_object_get_extra_elements:
 *
 * Returns: (transfer none) (nullable): the #TandemExtraElement kept from the file.
 */
GPtrArray *
_tandem_object_get_extra_elements (TandemObject *self)
{
  TandemObjectPrivate *priv = tandem_object_get_instance_private (self);

  return priv->extra_elements;
}

static void
field_value_clear (gpointer data)
{
  TandemFieldValue *fv = data;

  g_value_unset (&fv->value);
}

/**
 * _tandem_object_collect_valist:
 *
 * Collects "field", value pairs the way g_object_set() does, checking each
 * value against its field.
 *
 * Returns: (transfer full) (nullable): a #GArray of #TandemFieldValue, or %NULL
 *   after a critical warning when a field is unknown or a value is invalid.
 */
GArray *
_tandem_object_collect_valist (TandemObject *self,
                               const char   *first_field,
                               va_list       args)
{
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (self);
  g_autoptr(GArray) result = g_array_new (FALSE, TRUE, sizeof (TandemFieldValue));

  g_array_set_clear_func (result, field_value_clear);

  for (const char *name = first_field; name != NULL; name = va_arg (args, const char *))
    {
      const TandemFieldInfo *info;
      g_autoptr(GError) error = NULL;
      g_autofree char *collect_error = NULL;
      TandemFieldValue *fv;
      guint index;

      info = tandem_object_class_find_field (klass, name, &index);
      if (info == NULL)
        {
          g_critical ("%s has no field “%s”", G_OBJECT_TYPE_NAME (self), name);
          return NULL;
        }

      g_array_set_size (result, result->len + 1);
      fv = &g_array_index (result, TandemFieldValue, result->len - 1);
      fv->field = index;
      G_VALUE_COLLECT_INIT (&fv->value, field_gtype (info), args, 0, &collect_error);
      if (collect_error != NULL)
        {
          g_critical ("%s: %s", name, collect_error);
          return NULL;
        }
      if (!tandem_field_check (info, &fv->value, &error))
        {
          g_critical ("%s: %s", G_OBJECT_TYPE_NAME (self), error->message);
          return NULL;
        }
    }

  return g_steal_pointer (&result);
}

/**
 * tandem_object_set_detached:
 * @object: a #TandemObject that is not in a workspace yet
 *
 * Sets the fields of a new object before tandem_workspace_add() puts it in a
 * workspace.  Once in a workspace, fields change through tandem_workspace_set().
 *
 * Returns: %FALSE after a critical warning for an unknown field or bad value.
 */
gboolean
tandem_object_set_detached (gpointer    object,
                            const char *first_field,
                            ...)
{
  TandemObject *self = object;
  g_autoptr(GArray) values = NULL;
  va_list args;

  g_return_val_if_fail (TANDEM_IS_OBJECT (self), FALSE);
  g_return_val_if_fail (tandem_object_get_parent (self) == NULL, FALSE);

  va_start (args, first_field);
  values = _tandem_object_collect_valist (self, first_field, args);
  va_end (args);

  if (values == NULL)
    return FALSE;
  for (guint i = 0; i < values->len; i++)
    {
      TandemFieldValue *fv = &g_array_index (values, TandemFieldValue, i);

      _tandem_object_set_value (self, fv->field, &fv->value);
    }
  return TRUE;
}

/* A detached copy of @source: id, stamps, fields and kept unknown data, not
 * its children. */
TandemObject *
_tandem_object_copy (TandemObject *source)
{
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (source);
  TandemObject *copy = g_object_new (G_OBJECT_TYPE (source), NULL);
  GPtrArray *attrs = _tandem_object_get_extra_attributes (source);
  GPtrArray *elements = _tandem_object_get_extra_elements (source);

  _tandem_object_set_id (copy, tandem_object_get_id (source));
  _tandem_object_set_stamps (copy, tandem_object_get_created (source),
                             tandem_object_get_created_by (source),
                             tandem_object_get_modified (source),
                             tandem_object_get_modified_by (source));
  for (guint i = 0; i < klass->n_fields; i++)
    _tandem_object_set_value (copy, i, tandem_object_get_value (source, i));
  for (guint i = 0; attrs != NULL && i < attrs->len; i++)
    {
      TandemExtraAttribute *attr = g_ptr_array_index (attrs, i);

      _tandem_object_add_extra_attribute (copy, attr->prefix, attr->name, attr->ns, attr->value);
    }
  for (guint i = 0; elements != NULL && i < elements->len; i++)
    {
      TandemExtraElement *element = g_ptr_array_index (elements, i);

      _tandem_object_add_extra_element (copy, element->container, element->xml);
    }
  return copy;
}
