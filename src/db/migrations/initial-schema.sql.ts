// InitialSchema's statements, shared with the adoption of an original database (which creates the indexes and
// the project's own tables the same way).

export const ENUM_TYPES = `
  CREATE TYPE users_role_access_enum AS ENUM ('administrator', 'employee', 'dapur', 'delivery');
  CREATE TYPE master_karyawan_role_access_enum AS ENUM ('administrator', 'employee', 'dapur', 'delivery');
  CREATE TYPE transaction_pesanan_status_pesanan_enum AS ENUM
    ('MENUNGGU', 'IN_PROGRESS', 'READY', 'ON_DELIVERY', 'COMPLETE', 'DITOLAK', 'MENUNGGU_PERSETUJUAN');
  CREATE TYPE transaction_pesanan_approval_status_enum AS ENUM ('PENDING', 'APPROVED', 'REJECTED');
  CREATE TYPE transaction_pesanan_approval_request_type_enum AS ENUM ('REJECT', 'EDIT');
`;

export const ORIGINAL_TABLES = `
  CREATE TABLE users (
    id serial PRIMARY KEY,
    username varchar(50) NOT NULL CONSTRAINT uq_users_username UNIQUE,
    password_hash varchar(255) NOT NULL,
    role_access users_role_access_enum NOT NULL,
    must_change_password boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );

  CREATE TABLE master_department (
    id serial PRIMARY KEY,
    nama_divisi varchar(100) NOT NULL CONSTRAINT uq_master_department_nama_divisi UNIQUE,
    keterangan text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );

  CREATE TABLE master_jabatan (
    id serial PRIMARY KEY,
    nama_jabatan varchar(100) NOT NULL,
    department_id integer CONSTRAINT fk_master_jabatan_department REFERENCES master_department (id),
    keterangan text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );

  CREATE TABLE master_shift (
    id serial PRIMARY KEY,
    nama_shift varchar(50) NOT NULL CONSTRAINT uq_master_shift_nama_shift UNIQUE,
    jam_mulai time NOT NULL,
    jam_selesai time NOT NULL,
    keterangan text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );

  CREATE TABLE master_lokasi (
    id serial PRIMARY KEY,
    nama_lokasi varchar(100) NOT NULL CONSTRAINT uq_master_lokasi_nama_lokasi UNIQUE,
    alamat text NOT NULL,
    keterangan text,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );

  CREATE TABLE master_karyawan (
    id serial PRIMARY KEY,
    user_id integer NOT NULL CONSTRAINT uq_master_karyawan_user UNIQUE
      CONSTRAINT fk_master_karyawan_user REFERENCES users (id) ON DELETE CASCADE,
    nomor_induk_karyawan varchar(50) NOT NULL CONSTRAINT uq_master_karyawan_nik UNIQUE,
    nama_lengkap varchar(100) NOT NULL,
    department_id integer CONSTRAINT fk_master_karyawan_department REFERENCES master_department (id),
    jabatan_id integer CONSTRAINT fk_master_karyawan_jabatan REFERENCES master_jabatan (id),
    role_access master_karyawan_role_access_enum NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    keterangan text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );

  CREATE TABLE transaction_pesanan (
    id serial PRIMARY KEY,
    kode_pesanan varchar(50) NOT NULL CONSTRAINT uq_transaction_pesanan_kode UNIQUE,
    karyawan_pemesan_id integer NOT NULL CONSTRAINT fk_pesanan_pemesan REFERENCES master_karyawan (id),
    department_pemesan_id integer NOT NULL CONSTRAINT fk_pesanan_department REFERENCES master_department (id),
    shift_id integer NOT NULL CONSTRAINT fk_pesanan_shift REFERENCES master_shift (id),
    jumlah_pesanan integer NOT NULL CONSTRAINT ck_pesanan_jumlah CHECK (jumlah_pesanan BETWEEN 1 AND 1000),
    jumlah_pesanan_awal integer,
    status_pesanan transaction_pesanan_status_pesanan_enum NOT NULL DEFAULT 'MENUNGGU',
    tanggal_pesanan date NOT NULL,
    requires_approval boolean NOT NULL DEFAULT false,
    approval_status transaction_pesanan_approval_status_enum,
    approval_request_type transaction_pesanan_approval_request_type_enum,
    status_sebelum_persetujuan transaction_pesanan_status_pesanan_enum,
    catatan_dapur text,
    catatan_admin text,
    requested_by_id integer CONSTRAINT fk_pesanan_requested_by REFERENCES master_karyawan (id),
    approved_by_id integer CONSTRAINT fk_pesanan_approved_by REFERENCES master_karyawan (id),
    version integer NOT NULL DEFAULT 1,
    waktu_dibuat timestamptz NOT NULL DEFAULT now(),
    waktu_diproses timestamptz,
    waktu_siap timestamptz,
    waktu_diantar timestamptz,
    waktu_selesai timestamptz
  );

  CREATE TABLE log_audit_trail (
    id bigserial PRIMARY KEY,
    user_id integer CONSTRAINT fk_audit_user REFERENCES master_karyawan (id) ON DELETE SET NULL,
    aksi varchar(100) NOT NULL,
    detail text,
    kode_pesanan varchar(50),
    metadata jsonb,
    "timestamp" timestamptz NOT NULL DEFAULT now()
  );
`;

/** Indexes of the original tables; an adopted database gets them too (later migrations refer to their names). */
export const ORIGINAL_TABLE_INDEXES = `
  -- One name per department, and one per "no department" (a plain UNIQUE treats NULLs as distinct).
  CREATE UNIQUE INDEX uq_master_jabatan_nama_department ON master_jabatan (nama_jabatan, COALESCE(department_id, 0));
  CREATE INDEX ix_master_jabatan_department ON master_jabatan (department_id);
  CREATE INDEX ix_master_karyawan_department ON master_karyawan (department_id);
  CREATE INDEX ix_master_karyawan_jabatan ON master_karyawan (jabatan_id);

  -- Lists are newest first within a role's scope: by owner, by status, or everything.
  CREATE INDEX ix_pesanan_created ON transaction_pesanan (waktu_dibuat DESC, id DESC);
  CREATE INDEX ix_pesanan_pemesan_created ON transaction_pesanan (karyawan_pemesan_id, waktu_dibuat DESC, id DESC);
  CREATE INDEX ix_pesanan_status_created ON transaction_pesanan (status_pesanan, waktu_dibuat DESC, id DESC);
  CREATE INDEX ix_pesanan_tanggal ON transaction_pesanan (tanggal_pesanan);
  CREATE INDEX ix_pesanan_department_tanggal ON transaction_pesanan (department_pemesan_id, tanggal_pesanan);
  CREATE INDEX ix_pesanan_shift_tanggal ON transaction_pesanan (shift_id, tanggal_pesanan);
  CREATE INDEX ix_pesanan_approval ON transaction_pesanan (approval_status, waktu_dibuat DESC)
    WHERE approval_status IS NOT NULL;

  CREATE INDEX ix_audit_timestamp ON log_audit_trail ("timestamp" DESC, id DESC);
  CREATE INDEX ix_audit_kode_pesanan ON log_audit_trail (kode_pesanan, "timestamp", id) WHERE kode_pesanan IS NOT NULL;
  CREATE INDEX ix_audit_user_timestamp ON log_audit_trail (user_id, "timestamp" DESC);
  CREATE INDEX ix_audit_aksi_timestamp ON log_audit_trail (aksi, "timestamp" DESC);
`;

/** Tables the original does not have. */
export const PROJECT_TABLES = `
  CREATE TABLE refresh_token (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id integer NOT NULL CONSTRAINT fk_refresh_token_user REFERENCES users (id) ON DELETE CASCADE,
    token_hash char(64) NOT NULL CONSTRAINT uq_refresh_token_hash UNIQUE,
    family_id uuid NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    replaced_by_id uuid,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX ix_refresh_token_family ON refresh_token (family_id);
  CREATE INDEX ix_refresh_token_user ON refresh_token (user_id);

  CREATE TABLE order_code_counter (
    tanggal date PRIMARY KEY,
    last_value integer NOT NULL
  );

  CREATE TABLE login_attempt (
    id bigserial PRIMARY KEY,
    nik varchar(50) NOT NULL,
    attempted_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX ix_login_attempt_nik_time ON login_attempt (nik, attempted_at DESC);
`;
